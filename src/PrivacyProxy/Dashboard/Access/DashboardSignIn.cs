using System.Net;
using Microsoft.Extensions.Options;

namespace PrivacyProxy.Dashboard.Access;

/// <summary>
/// Checks a user name and password typed into the login form or sent as HTTP Basic. Every failure (unknown user,
/// wrong password, locked pair) costs one PBKDF2 verification, waits <see cref="DashboardOptions.FailedLoginDelay"/>
/// and returns the same null, so neither the answer nor its timing says which part was wrong.
/// </summary>
internal sealed class DashboardSignIn : IDisposable
{
    private readonly DashboardOptions _options;
    private readonly SignInThrottle _throttle;
    private readonly BasicVerificationCache _cache;
    private readonly TimeProvider _time;
    private readonly ILogger<DashboardSignIn> _logger;

    // Verified against for a name that is no user, so an unknown name costs what a known one does.
    private readonly string _dummyHash = PasswordHasher.Hash(Guid.NewGuid().ToString("N"));

    // PBKDF2 is deliberately slow: a flood of sign-ins must not take every core from the proxy.
    private readonly SemaphoreSlim _verifications = new(Math.Max(1, Environment.ProcessorCount / 2));

    public DashboardSignIn(IOptions<DashboardOptions> options, SignInThrottle throttle, BasicVerificationCache cache, TimeProvider time, ILogger<DashboardSignIn> logger)
    {
        _options = options.Value;
        _throttle = throttle;
        _cache = cache;
        _time = time;
        _logger = logger;
    }

    /// <summary>The configured user's name when <paramref name="password"/> is theirs and the pair is not locked; else null, after the delay.</summary>
    /// <param name="method">How the credentials came (<c>form</c> or <c>basic</c>), for the log.</param>
    /// <param name="reuse">True for HTTP Basic: a recent successful verification of the same pair is reused.</param>
    public async Task<string?> CheckAsync(string name, string password, IPAddress? client, string method, bool reuse, CancellationToken cancellationToken)
    {
        var user = _options.Users.Find(u => string.Equals(u.Name, name, StringComparison.OrdinalIgnoreCase));
        bool locked = _throttle.IsLocked(name, client);
        if (user is not null && !locked && reuse && _cache.Contains(user.Name, password))
        {
            return user.Name;
        }

        bool verified = await VerifyAsync(password, user?.PasswordHash ?? _dummyHash, cancellationToken) && user is not null;
        if (verified && !locked)
        {
            _throttle.RecordSuccess(name, client);
            if (reuse)
            {
                _cache.Add(user!.Name, password);
            }

            DashboardAccessLog.SignedIn(_logger, user!.Name, method);
            return user!.Name;
        }

        bool lockedNow = !locked && _throttle.RecordFailure(name, client);
        if (user is null)
        {
            // The typed name may be a password typed into the wrong field: never logged.
            DashboardAccessLog.UnknownUserRefused(_logger, method);
        }
        else if (lockedNow)
        {
            DashboardAccessLog.Locked(_logger, user.Name, _options.LockoutThreshold, _options.LockoutDuration);
        }
        else
        {
            DashboardAccessLog.Refused(_logger, user.Name, method, locked ? "the user is locked for this client address" : "wrong password");
        }

        await Task.Delay(_options.FailedLoginDelay, _time, cancellationToken);
        return null;
    }

    public void Dispose() => _verifications.Dispose();

    private async Task<bool> VerifyAsync(string password, string hash, CancellationToken cancellationToken)
    {
        await _verifications.WaitAsync(cancellationToken);
        try
        {
            return PasswordHasher.Verify(password, hash);
        }
        finally
        {
            _verifications.Release();
        }
    }
}
