using System.Text.Json;

namespace PrivacyProxy.EndToEndTests.Dashboard.Browser;

/// <summary>
/// One tab in a browser context of its own, driven as a person would: real mouse clicks at an element's centre,
/// text typed into the focused field, page loads awaited. Console messages, script errors and browser log entries
/// (CSP violations among them) are collected. Error messages name selectors, never what was typed.
/// </summary>
internal sealed class BrowserPage : IAsyncDisposable
{
    /// <summary>How long a page load or a download may take.</summary>
    public static readonly TimeSpan LoadTimeout = TimeSpan.FromSeconds(20);

    private readonly DevToolsConnection _connection;
    private readonly string _contextId;
    private readonly string _targetId;
    private readonly string _sessionId;
    private readonly List<BrowserMessage> _messages = [];
    private readonly List<Waiter> _waiters = [];

    private BrowserPage(DevToolsConnection connection, string contextId, string targetId, string sessionId)
    {
        _connection = connection;
        _contextId = contextId;
        _targetId = targetId;
        _sessionId = sessionId;
    }

    /// <summary>Console messages, uncaught script errors and browser log entries since the page opened.</summary>
    public IReadOnlyList<BrowserMessage> Messages
    {
        get
        {
            lock (_messages)
            {
                return [.. _messages];
            }
        }
    }

    public static async Task<BrowserPage> OpenAsync(DevToolsConnection connection)
    {
        var context = await connection.SendAsync("Target.createBrowserContext", new { disposeOnDetach = true });
        string contextId = context.GetProperty("browserContextId").GetString()!;
        var target = await connection.SendAsync("Target.createTarget", new { url = "about:blank", browserContextId = contextId });
        string targetId = target.GetProperty("targetId").GetString()!;
        var attached = await connection.SendAsync("Target.attachToTarget", new { targetId, flatten = true });
        var page = new BrowserPage(connection, contextId, targetId, attached.GetProperty("sessionId").GetString()!);
        connection.Listen(page.OnEvent);
        await page.SendAsync("Page.enable");
        await page.SendAsync("Runtime.enable");
        await page.SendAsync("Log.enable");

        // A 401 with a Basic challenge makes a browser ask for a password; a person cancels the dialog and sees the
        // answer. Headless Chromium has no dialog: without this it fails the navigation instead.
        await page.SendAsync("Fetch.enable", new { handleAuthRequests = true, patterns = new[] { new { urlPattern = "*" } } });
        return page;
    }

    /// <summary>Navigates to <paramref name="url"/> and waits for the page (after any redirect) to load.</summary>
    public async Task GoToAsync(Uri url)
    {
        var loaded = Next("Page.loadEventFired", _sessionId);
        var navigation = await SendAsync("Page.navigate", new { url = url.ToString() });
        if (navigation.TryGetProperty("errorText", out var error) && error.GetString() is { Length: > 0 } text)
        {
            throw new InvalidOperationException($"Navigating to {url.AbsolutePath} failed: {text}");
        }

        await Await(loaded, "the page load of " + url.AbsolutePath);
    }

    /// <summary>Clicks <paramref name="selector"/> and waits for the page it leads to (a form post, a link).</summary>
    public async Task ClickAndWaitForLoadAsync(string selector)
    {
        var loaded = Next("Page.loadEventFired", _sessionId);
        await ClickAsync(selector);
        await Await(loaded, "the page load after clicking " + selector);
    }

    /// <summary>Moves the mouse to the centre of <paramref name="selector"/> and clicks it with the left button.</summary>
    public async Task ClickAsync(string selector)
    {
        var centre = await EvaluateAsync($$"""
            (() => {
              const e = document.querySelector({{Literal(selector)}});
              if (!e) return null;
              e.scrollIntoView({ block: 'center', inline: 'center' });
              const r = e.getBoundingClientRect();
              return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
            })()
            """);
        if (centre.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidOperationException($"No element matches '{selector}' on {await PathAsync()}.");
        }

        double x = centre.GetProperty("x").GetDouble(), y = centre.GetProperty("y").GetDouble();
        await SendAsync("Input.dispatchMouseEvent", new { type = "mouseMoved", x, y });
        await SendAsync("Input.dispatchMouseEvent", new { type = "mousePressed", x, y, button = "left", clickCount = 1 });
        await SendAsync("Input.dispatchMouseEvent", new { type = "mouseReleased", x, y, button = "left", clickCount = 1 });
    }

    /// <summary>
    /// Puts <paramref name="text"/> in the field <paramref name="selector"/>: typed after a click into an input (its
    /// old text selected, so replaced), or the matching option chosen in a select.
    /// </summary>
    public async Task FillAsync(string selector, string text)
    {
        string kind = (await EvaluateAsync($"document.querySelector({Literal(selector)})?.tagName ?? ''")).GetString()!;
        if (kind == "SELECT")
        {
            var chosen = await EvaluateAsync($$"""
                (() => {
                  const s = document.querySelector({{Literal(selector)}});
                  const o = [...s.options].find(o => o.value === {{Literal(text)}});
                  if (!o) return false;
                  s.value = o.value;
                  s.dispatchEvent(new Event('input', { bubbles: true }));
                  s.dispatchEvent(new Event('change', { bubbles: true }));
                  return true;
                })()
                """);
            if (!chosen.GetBoolean())
            {
                throw new InvalidOperationException($"The select '{selector}' has no option with the value wanted.");
            }

            return;
        }

        if (kind is not ("INPUT" or "TEXTAREA"))
        {
            throw new InvalidOperationException($"No input or select matches '{selector}' on {await PathAsync()}.");
        }

        await ClickAsync(selector);
        await EvaluateAsync($"document.querySelector({Literal(selector)}).select()");
        await SendAsync("Input.insertText", new { text });
    }

    /// <summary>Runs <paramref name="expression"/> in the page and returns its value (promises awaited).</summary>
    public async Task<JsonElement> EvaluateAsync(string expression)
    {
        var answer = await SendAsync("Runtime.evaluate", new { expression, returnByValue = true, awaitPromise = true });
        if (answer.TryGetProperty("exceptionDetails", out var exception))
        {
            throw new InvalidOperationException("A script the test ran in the page threw: " + exception.GetProperty("text").GetString());
        }

        return answer.GetProperty("result").TryGetProperty("value", out var value) ? value : default;
    }

    /// <summary>Whether an element matches <paramref name="selector"/>.</summary>
    public async Task<bool> ExistsAsync(string selector) =>
        (await EvaluateAsync($"document.querySelector({Literal(selector)}) !== null")).GetBoolean();

    /// <summary>The trimmed text of the first element matching <paramref name="selector"/>; null when none does.</summary>
    public async Task<string?> TextAsync(string selector) =>
        (await EvaluateAsync($"document.querySelector({Literal(selector)})?.textContent.trim() ?? null")) is { ValueKind: JsonValueKind.String } text
            ? text.GetString()
            : null;

    /// <summary>The trimmed texts of every element matching <paramref name="selector"/>, in document order.</summary>
    public async Task<IReadOnlyList<string>> TextsAsync(string selector) =>
        [.. (await EvaluateAsync($"[...document.querySelectorAll({Literal(selector)})].map(e => e.textContent.trim())"))
            .EnumerateArray().Select(static e => e.GetString()!)];

    /// <summary>The attribute <paramref name="name"/> of every element matching <paramref name="selector"/> (null where absent).</summary>
    public async Task<IReadOnlyList<string?>> AttributesAsync(string selector, string name) =>
        [.. (await EvaluateAsync($"[...document.querySelectorAll({Literal(selector)})].map(e => e.getAttribute({Literal(name)}))"))
            .EnumerateArray().Select(static e => e.ValueKind == JsonValueKind.String ? e.GetString() : null)];

    /// <summary>The whole document as HTML, as it is now (typed field values are properties, not in it).</summary>
    public async Task<string> HtmlAsync() => (await EvaluateAsync("document.documentElement.outerHTML")).GetString()!;

    /// <summary>The address the page shows.</summary>
    public async Task<Uri> UrlAsync() => new((await EvaluateAsync("location.href")).GetString()!);

    /// <summary>The tab's history (back and forward list): each entry's address and title.</summary>
    public async Task<IReadOnlyList<(string Url, string Title)>> HistoryAsync()
    {
        var history = await SendAsync("Page.getNavigationHistory");
        return [.. history.GetProperty("entries").EnumerateArray()
            .Select(static e => (e.GetProperty("url").GetString()!, e.GetProperty("title").GetString() ?? ""))];
    }

    /// <summary>The cookies of this page's browser context, as Chromium reports them.</summary>
    public async Task<JsonElement> CookiesAsync() =>
        (await _connection.SendAsync("Storage.getCookies", new { browserContextId = _contextId })).GetProperty("cookies");

    /// <summary>Puts <paramref name="cookies"/> (from <see cref="CookiesAsync"/> of another page) in this page's browser context.</summary>
    public async Task SetCookiesAsync(JsonElement cookies)
    {
        // Only the fields a cookie is set with; the read-only ones (size, session, ...) are not accepted back.
        var set = cookies.EnumerateArray().Select(static c => new
        {
            name = c.GetProperty("name").GetString(),
            value = c.GetProperty("value").GetString(),
            domain = c.GetProperty("domain").GetString(),
            path = c.GetProperty("path").GetString(),
            secure = c.GetProperty("secure").GetBoolean(),
            httpOnly = c.GetProperty("httpOnly").GetBoolean(),
            sameSite = c.TryGetProperty("sameSite", out var sameSite) ? sameSite.GetString() : null,
        });
        await _connection.SendAsync("Storage.setCookies", new { cookies = set.ToArray(), browserContextId = _contextId });
    }

    /// <summary>Saves the whole page (not only the window) as a PNG at <paramref name="path"/>.</summary>
    public async Task ScreenshotAsync(string path)
    {
        var metrics = await SendAsync("Page.getLayoutMetrics");
        var size = metrics.GetProperty("cssContentSize");
        var clip = new { x = 0, y = 0, width = Math.Max(size.GetProperty("width").GetDouble(), 1), height = Math.Max(size.GetProperty("height").GetDouble(), 1), scale = 1 };
        var shot = await SendAsync("Page.captureScreenshot", new { format = "png", captureBeyondViewport = true, clip });
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, Convert.FromBase64String(shot.GetProperty("data").GetString()!));
    }

    /// <summary>
    /// Clicks <paramref name="selector"/>, which must start a download, and waits for it to finish in
    /// <paramref name="folder"/>; returns the file's path and the name the server suggested.
    /// </summary>
    public async Task<(string Path, string SuggestedName)> DownloadAsync(string selector, string folder)
    {
        await _connection.SendAsync("Browser.setDownloadBehavior", new { behavior = "allowAndName", browserContextId = _contextId, downloadPath = folder, eventsEnabled = true });
        var begun = Next("Browser.downloadWillBegin", sessionId: null, e => e.Parameters.GetProperty("frameId").GetString() == _targetId);
        var ended = Next("Browser.downloadProgress", sessionId: null, static e => e.Parameters.GetProperty("state").GetString() is "completed" or "canceled");
        await ClickAsync(selector);
        var download = (await Await(begun, "a download after clicking " + selector)).Parameters;
        var end = (await Await(ended, "the download to finish")).Parameters;
        string guid = download.GetProperty("guid").GetString()!;
        if (end.GetProperty("guid").GetString() != guid || end.GetProperty("state").GetString() != "completed")
        {
            throw new InvalidOperationException($"The download started by {selector} did not complete.");
        }

        return (Path.Combine(folder, guid), download.GetProperty("suggestedFilename").GetString()!);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _connection.SendAsync("Target.closeTarget", new { targetId = _targetId });
            await _connection.SendAsync("Target.disposeBrowserContext", new { browserContextId = _contextId });
        }
        catch (InvalidOperationException)
        {
            // The browser is already closing.
        }
    }

    private Task<JsonElement> SendAsync(string method, object? parameters = null) => _connection.SendAsync(method, parameters, _sessionId);

    private async Task<string> PathAsync() => (await UrlAsync()).AbsolutePath;

    // A .NET string as a JavaScript string literal: JSON's string syntax is valid JavaScript.
    private static string Literal(string text) => JsonSerializer.Serialize(text);

    private static async Task<DevToolsEvent> Await(Task<DevToolsEvent> pending, string what)
    {
        try
        {
            return await pending.WaitAsync(LoadTimeout);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"Waited {LoadTimeout.TotalSeconds} s for {what}.");
        }
    }

    /// <summary>The next event <paramref name="method"/> from <paramref name="sessionId"/> (null: the browser) that matches.</summary>
    private Task<DevToolsEvent> Next(string method, string? sessionId, Func<DevToolsEvent, bool>? match = null)
    {
        var waiter = new Waiter(method, sessionId, match ?? (static _ => true));
        lock (_waiters)
        {
            _waiters.Add(waiter);
        }

        return waiter.Done.Task;
    }

    private void OnEvent(DevToolsEvent e)
    {
        if (e.SessionId == _sessionId && e.Method.StartsWith("Fetch.", StringComparison.Ordinal))
        {
            Answer(e);
            return;
        }

        if (e.SessionId == _sessionId && Describe(e) is { } message)
        {
            lock (_messages)
            {
                _messages.Add(message);
            }
        }

        lock (_waiters)
        {
            for (int i = _waiters.Count - 1; i >= 0; i--)
            {
                var waiter = _waiters[i];
                if (waiter.Method == e.Method && waiter.SessionId == e.SessionId && waiter.Match(e))
                {
                    _waiters.RemoveAt(i);
                    waiter.Done.TrySetResult(e);
                }
            }
        }
    }

    // Lets every intercepted request go on unchanged and cancels every password prompt. Sent off the receive loop,
    // which must stay free to read the answers.
    private void Answer(DevToolsEvent e)
    {
        string requestId = e.Parameters.GetProperty("requestId").GetString()!;
        _ = e.Method == "Fetch.authRequired"
            ? Task.Run(() => ContinueAsync("Fetch.continueWithAuth", new { requestId, authChallengeResponse = new { response = "CancelAuth" } }))
            : Task.Run(() => ContinueAsync("Fetch.continueRequest", new { requestId }));
    }

    private async Task ContinueAsync(string method, object parameters)
    {
        try
        {
            await SendAsync(method, parameters);
        }
        catch (InvalidOperationException)
        {
            // The page closed with the request still paused: nothing waits for it any more.
        }
    }

    private static BrowserMessage? Describe(DevToolsEvent e)
    {
        var p = e.Parameters;
        switch (e.Method)
        {
            case "Log.entryAdded":
                var entry = p.GetProperty("entry");
                return new BrowserMessage(entry.GetProperty("source").GetString()!, entry.GetProperty("level").GetString()!, entry.GetProperty("text").GetString() ?? "");
            case "Runtime.consoleAPICalled":
                string text = string.Join(' ', p.GetProperty("args").EnumerateArray().Select(static a =>
                    a.TryGetProperty("value", out var v) ? v.ToString() : a.TryGetProperty("description", out var d) ? d.GetString() : a.GetProperty("type").GetString()));
                return new BrowserMessage("console", p.GetProperty("type").GetString()!, text);
            case "Runtime.exceptionThrown":
                var details = p.GetProperty("exceptionDetails");
                string description = details.TryGetProperty("exception", out var exception) && exception.TryGetProperty("description", out var d2)
                    ? d2.GetString() ?? ""
                    : details.GetProperty("text").GetString() ?? "";
                return new BrowserMessage("javascript", "error", description);
            default:
                return null;
        }
    }

    private sealed record Waiter(string Method, string? SessionId, Func<DevToolsEvent, bool> Match)
    {
        public TaskCompletionSource<DevToolsEvent> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}

/// <summary>Something the page reported: where from (console, javascript, security, network, ...), its level and text.</summary>
internal sealed record BrowserMessage(string Source, string Level, string Text);
