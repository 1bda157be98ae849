namespace PrivacyProxy.Cli;

/// <summary>Runs the proxy. Arguments go to the ASP.NET Core host (<c>--urls</c>, <c>--Section:Key=value</c>).</summary>
internal static class ServeCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
        });
        var app = builder.Build();
        app.MapGet("/healthz", () => Results.Ok(new { status = "ok" }));
        await app.RunAsync();
        return 0;
    }
}
