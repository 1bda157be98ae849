using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.Options;
using PrivacyProxy.Hosting;

namespace PrivacyProxy.Dashboard.Access;

/// <summary>
/// The data protection key store: files in <see cref="DashboardKeyDirectory"/>, opened on first use rather than when
/// the pipeline is built, so a bad <c>PrivacyProxy</c> setting is reported by start-up validation, not from here.
/// </summary>
internal sealed class DashboardKeyRepository(IOptions<PrivacyProxyOptions> options, ILoggerFactory loggers) : IXmlRepository
{
    private readonly Lazy<FileSystemXmlRepository> _files = new(() => new FileSystemXmlRepository(DashboardKeyDirectory.Create(options.Value), loggers));

    public IReadOnlyCollection<XElement> GetAllElements() => _files.Value.GetAllElements();

    public void StoreElement(XElement element, string friendlyName) => _files.Value.StoreElement(element, friendlyName);
}
