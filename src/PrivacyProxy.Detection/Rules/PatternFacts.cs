namespace PrivacyProxy.Detection.Rules;

/// <summary>
/// Safe bounds read from a pattern's text: the fewest ASCII digits any match contains and the longest a match
/// can be (null: unbounded or not known). Anything the reader does not understand gives the weakest bounds (0
/// digits, unbounded), so a bound is never wrong, only sometimes loose. The prefilter uses them to skip digit
/// runs that cannot be part of a match.
/// </summary>
internal sealed class PatternFacts
{
    private const int Unbounded = int.MaxValue;
    private readonly string _pattern;
    private readonly Dictionary<string, int> _groupLengths = new(StringComparer.Ordinal);
    private int _at;

    private PatternFacts(string pattern)
    {
        _pattern = pattern;
    }

    public static (int MinDigits, int? MaxLength) Analyze(string pattern)
    {
        if (pattern.Contains("(?x", StringComparison.Ordinal) || pattern.Contains("(?(", StringComparison.Ordinal))
        {
            return (0, null);
        }

        try
        {
            var reader = new PatternFacts(pattern);
            var (digits, length) = reader.Alternation();
            return reader._at == pattern.Length ? (digits, length == Unbounded ? null : length) : (0, null);
        }
        catch (FormatException)
        {
            return (0, null);
        }
    }

    private (int Digits, int Length) Alternation()
    {
        var (digits, length) = Sequence();
        while (_at < _pattern.Length && _pattern[_at] == '|')
        {
            _at++;
            var (d, l) = Sequence();
            (digits, length) = (Math.Min(digits, d), Math.Max(length, l));
        }

        return (digits, length);
    }

    private (int Digits, int Length) Sequence()
    {
        var (digits, length) = (0, 0);
        while (_at < _pattern.Length && _pattern[_at] is not ('|' or ')'))
        {
            var (d, l) = Quantified(Atom());
            (digits, length) = (Add(digits, d), Add(length, l));
        }

        return (digits, length);
    }

    private (int Digits, int Length) Quantified((int Digits, int Length) atom)
    {
        if (_at >= _pattern.Length)
        {
            return atom;
        }

        int min;
        int max;
        switch (_pattern[_at])
        {
            case '*': (min, max) = (0, Unbounded); _at++; break;
            case '+': (min, max) = (1, Unbounded); _at++; break;
            case '?': (min, max) = (0, 1); _at++; break;
            case '{' when TryBraces(out min, out max): break;
            default: return atom;
        }

        if (_at < _pattern.Length && _pattern[_at] is '?' or '+')
        {
            _at++;
        }

        return (Multiply(atom.Digits, min), Multiply(atom.Length, max));
    }

    private bool TryBraces(out int min, out int max)
    {
        var close = _pattern.IndexOf('}', _at);
        var body = close < 0 ? "" : _pattern[(_at + 1)..close];
        var comma = body.IndexOf(',', StringComparison.Ordinal);
        min = max = 0;
        var ok = comma < 0
            ? int.TryParse(body, out min) && (max = min) >= 0
            : int.TryParse(body[..comma], out min) && (comma == body.Length - 1 ? (max = Unbounded) > 0 : int.TryParse(body[(comma + 1)..], out max));
        if (ok)
        {
            _at = close + 1;
        }

        return ok;
    }

    private (int Digits, int Length) Atom()
    {
        var c = _pattern[_at++];
        switch (c)
        {
            case '(':
                return Group();
            case '[':
                return (Class() ? 1 : 0, 1);
            case '\\':
                return Escape();
            case '.':
                return (0, 1);
            case '^' or '$':
                return (0, 0);
            default:
                return (char.IsAsciiDigit(c) ? 1 : 0, 1);
        }
    }

    private (int Digits, int Length) Group()
    {
        var zeroWidth = false;
        string? name = null;
        if (_at < _pattern.Length && _pattern[_at] == '?')
        {
            var rest = _pattern.AsSpan(_at);
            if (rest.StartsWith("?=") || rest.StartsWith("?!") || rest.StartsWith("?<=") || rest.StartsWith("?<!"))
            {
                zeroWidth = true;
                _at += rest[1] == '<' ? 3 : 2;
            }
            else if (rest.StartsWith("?<") || rest.StartsWith("?'"))
            {
                var close = _pattern.IndexOf(rest[1] == '<' ? '>' : '\'', _at + 2);
                name = close < 0 ? throw new FormatException() : _pattern[(_at + 2)..close];
                _at = close + 1;
            }
            else if (rest.StartsWith("?#"))
            {
                _at = _pattern.IndexOf(')', _at) + 1;
                return _at == 0 ? throw new FormatException() : (0, 0);
            }
            else
            {
                // (?:...), (?>...), (?imnsx-imnsx:...) or a bare (?imnsx-imnsx) option switch.
                var end = _at + 1;
                while (end < _pattern.Length && _pattern[end] is 'i' or 'm' or 'n' or 's' or 'x' or '-')
                {
                    end++;
                }

                if (end < _pattern.Length && _pattern[end] == ')')
                {
                    _at = end + 1;
                    return (0, 0);
                }

                _at = end + (end < _pattern.Length && _pattern[end] is ':' or '>' ? 1 : throw new FormatException());
            }
        }

        var inner = Alternation();
        if (_at >= _pattern.Length || _pattern[_at] != ')')
        {
            throw new FormatException();
        }

        _at++;
        if (name is not null)
        {
            // A name used twice (one group per alternative) keeps the longest; \k<name> can repeat any of them.
            _groupLengths[name] = Math.Max(_groupLengths.GetValueOrDefault(name), inner.Length);
        }

        return zeroWidth ? (0, 0) : inner;
    }

    // True when the class can only match ASCII digits.
    private bool Class()
    {
        var onlyDigits = true;
        var negated = _at < _pattern.Length && _pattern[_at] == '^';
        _at += negated ? 1 : 0;
        var first = true;
        while (_at < _pattern.Length && (_pattern[_at] != ']' || first))
        {
            first = false;
            var c = _pattern[_at++];
            if (c == '[' || (c == '-' && _at < _pattern.Length && _pattern[_at] == '['))
            {
                throw new FormatException();
            }

            if (c == '\\')
            {
                var escaped = _at < _pattern.Length ? _pattern[_at++] : throw new FormatException();
                onlyDigits &= escaped == 'd' || char.IsAsciiDigit(escaped);
                if (escaped is 'p' or 'P')
                {
                    _at = _pattern.IndexOf('}', _at) + 1;
                    _at = _at == 0 ? throw new FormatException() : _at;
                }
                else if (escaped is 'x' or 'u')
                {
                    throw new FormatException();
                }

                continue;
            }

            onlyDigits &= char.IsAsciiDigit(c) || (c == '-' && _at < _pattern.Length && char.IsAsciiDigit(_pattern[_at]));
        }

        if (_at >= _pattern.Length)
        {
            throw new FormatException();
        }

        _at++;
        return onlyDigits && !negated;
    }

    private (int Digits, int Length) Escape()
    {
        var c = _at < _pattern.Length ? _pattern[_at++] : throw new FormatException();
        switch (c)
        {
            case 'd':
                return (1, 1);
            case 'b' or 'B' or 'A' or 'z' or 'Z' or 'G':
                return (0, 0);
            case 'k':
                var close = _pattern.IndexOfAny(['>', '\''], _at);
                var name = close < 0 ? throw new FormatException() : _pattern[(_at + 1)..close];
                _at = close + 1;
                return (0, _groupLengths.TryGetValue(name, out var length) ? length : Unbounded);
            case 'p' or 'P':
                _at = _pattern.IndexOf('}', _at) + 1;
                return _at == 0 ? throw new FormatException() : (0, 1);
            case 'x' or 'u' or 'c':
                throw new FormatException();
            case >= '0' and <= '9':
                return (0, Unbounded);
            default:
                return (0, 1);
        }
    }

    private static int Add(int a, int b) => a == Unbounded || b == Unbounded ? Unbounded : Math.Min(Unbounded - 1, a + b);

    private static int Multiply(int a, int times) =>
        a == 0 || times == 0 ? 0 : a == Unbounded || times == Unbounded ? Unbounded : (int)Math.Min(Unbounded - 1, (long)a * times);
}
