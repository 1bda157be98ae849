using PrivacyProxy.Detection;

namespace PrivacyProxy.Policy.Tests.Dictionaries;

public sealed class DenyTermTests
{
    private static IDetector Terms(bool caseSensitive, params string[] terms) =>
        Policies.Default(new PolicyDefinition
        {
            Dictionaries = { new DictionaryDefinition { Name = "codenames", Terms = [.. terms], CaseSensitive = caseSensitive } },
        }).Wrap(NoFindings.Instance);

    private static (int Start, int End)[] Spans(IDetector detector, string text) =>
        [.. detector.Detect(text).Select(f => (f.Start, f.End))];

    [Fact]
    public void Detect_Term_IsCustomFindingNamedByItsDictionary()
    {
        var findings = Terms(false, "Nightjar").Detect("ship Nightjar today");

        findings.Should().Equal(new Finding(5, 13, "CUSTOM", "CODENAMES", "dictionary:codenames"));
    }

    [Theory]
    [InlineData("Nightjars are late")]
    [InlineData("preNightjar")]
    [InlineData("Nightjar_2")]
    [InlineData("Nightjar2")]
    [InlineData("Nightjaré")]
    public void Detect_TermInsideLongerWord_IsNotFound(string text) => Terms(false, "Nightjar").Detect(text).Should().BeEmpty();

    [Theory]
    [InlineData("(Nightjar)", 1)]
    [InlineData("Nightjar.", 0)]
    [InlineData("\"Nightjar\",", 1)]
    [InlineData("Nightjar-based", 0)]
    [InlineData("x:Nightjar", 2)]
    public void Detect_TermBetweenPunctuation_IsFound(string text, int start) =>
        Spans(Terms(false, "Nightjar"), text).Should().Equal((start, start + 8));

    [Fact]
    public void Detect_CaseInsensitiveDictionary_FindsAnyCase() =>
        Spans(Terms(false, "Nightjar"), "NIGHTJAR nightjar NiGhTjAr").Should().Equal((0, 8), (9, 17), (18, 26));

    [Fact]
    public void Detect_CaseSensitiveDictionary_FindsOnlyExactCase() =>
        Spans(Terms(true, "Nightjar"), "NIGHTJAR nightjar Nightjar").Should().Equal((18, 26));

    [Fact]
    public void Detect_MultiWordTerm_MatchesAnyWhitespaceBetweenItsWords()
    {
        var detector = Terms(false, "Project  Bluefin");

        Spans(detector, "see Project Bluefin now").Should().Equal((4, 19));
        Spans(detector, "see project\n\t Bluefin").Should().Equal((4, 21));
        Spans(detector, "see ProjectBluefin or Project-Bluefin").Should().BeEmpty();
    }

    [Fact]
    public void Detect_TermsWithHyphensAndDots_MatchWholeAndNotAsPrefix()
    {
        var detector = Terms(false, "Orca-7", "atlas.internal");

        Spans(detector, "Orca-7 atlas.internal.").Should().Equal((0, 6), (7, 21));
        Spans(detector, "Orca-77 atlas.internals Orca-7b").Should().BeEmpty();
    }

    [Fact]
    public void Detect_TermSplitByInvisibleCharacters_IsStillFound()
    {
        var text = "send Night\u200Bjar and Nigh\u00ADtjar";

        Spans(Terms(false, "Nightjar"), text).Should().Equal((5, 14), (19, 28));
    }

    [Fact]
    public void Detect_TermStartingWithPunctuation_IsFound() =>
        Spans(Terms(false, "@nightjar-team"), "ping @Nightjar-Team now, not @nightjar-teams").Should().Equal((5, 19));

    [Fact]
    public void Detect_TermAndLongerTermAtSameStart_LongestWins()
    {
        var findings = Terms(false, "Globex", "Globex Corporation").Detect("Globex Corporation and Globex");

        findings.Select(f => (f.Start, f.End)).Should().Equal((0, 18), (23, 29));
    }

    [Fact]
    public void Detect_OverlappingTerms_BecomeOneSpanCoveringBoth()
    {
        var findings = Terms(false, "red fox", "fox den").Detect("a red fox den");

        findings.Select(f => (f.Start, f.End)).Should().Equal((2, 13));
    }

    [Fact]
    public void Detect_TwoDictionaries_EachNamesItsOwnFindings()
    {
        var detector = Policies.Default(new PolicyDefinition
        {
            Dictionaries =
            {
                new DictionaryDefinition { Name = "codenames", Terms = { "Nightjar" } },
                new DictionaryDefinition { Name = "customers", Terms = { "Initech" }, CaseSensitive = true },
            },
        }).Wrap(NoFindings.Instance);

        var findings = detector.Detect("Initech wants Nightjar");

        findings.Select(f => (f.Type, f.RuleId)).Should().Equal(("CUSTOMERS", "dictionary:customers"), ("CODENAMES", "dictionary:codenames"));
    }

    [Fact]
    public void Decide_DictionaryTypeEntry_OverridesCustomCategory()
    {
        var policy = new PolicyDefinition
        {
            Dictionaries =
            {
                new DictionaryDefinition { Name = "codenames", Terms = { "Nightjar" } },
                new DictionaryDefinition { Name = "customers", Terms = { "Initech" } },
            },
            Actions = { ["CUSTOM"] = "mask", ["codenames"] = "block" },
        };
        var compiled = Policies.Default(policy);
        var findings = compiled.Wrap(NoFindings.Instance).Detect("Initech and Nightjar");

        var decision = compiled.Decide(findings.Select(f => new FindingKind(f.Category, f.Type, f.RuleId)));

        decision.Findings.Select(f => (f.Type, f.Action)).Should().Equal(("CUSTOMERS", PolicyAction.Mask), ("CODENAMES", PolicyAction.Block));
        decision.Blocking.Should().ContainSingle().Which.RuleId.Should().Be("dictionary:codenames");
        decision.CategoryCounts.Should().Be("CUSTOM=2");
    }

    [Fact]
    public void Wrap_PolicyWithoutTerms_ReturnsTheRulesThemselves()
    {
        var policy = Policies.Default(Policies.WithActions(("SECRET", "block")));

        policy.Wrap(NoFindings.Instance).Should().BeSameAs(NoFindings.Instance);
    }

    [Fact]
    public void Detect_FileDictionary_LoadsTermsSkippingCommentsAndBlankLines()
    {
        using var directory = new TempDirectory().WithFile("team/names.txt", "# customers", "", "  Initech  ", "#Nightjar", "Globex Corporation");
        var detector = Policies.Default(new PolicyDefinition
        {
            Dictionaries = { new DictionaryDefinition { Name = "customers", File = "team/names.txt", Terms = { "Umbrella" } } },
        }, directory.Dictionaries).Wrap(NoFindings.Instance);

        Spans(detector, "Initech, Globex Corporation, Umbrella, Nightjar").Should().Equal((0, 7), (9, 27), (29, 37));
    }

    [Fact]
    public void Detect_ShippedExampleFile_Loads()
    {
        var detector = Policies.Default(new PolicyDefinition
        {
            Dictionaries = { new DictionaryDefinition { Name = "CODENAMES", File = "example-code-names.txt" } },
        }).Wrap(NoFindings.Instance);

        detector.Detect("status of project bluefin").Should().ContainSingle().Which.Type.Should().Be("CODENAMES");
    }

    [Fact]
    public void Detect_RandomTextWithPlantedTerms_FindsExactlyThePlantedOnes()
    {
        var random = new Random(8008);
        string[] insensitive = ["nightjar", "blue heron", "orca-7", "atlas.internal", "x"];
        string[] sensitive = ["Globex", "ACME Labs"];
        string[] fillers = ["nightjars", "heron1", "orca", "atlas", "internal", "xx", "globex_", "labs", "the", "é", "42"];
        string[] separators = [" ", "  ", "\n", ", ", ". ", "-", "(", ")", "\t", "/", "\u200B "];
        var detector = Policies.Default(new PolicyDefinition
        {
            Dictionaries =
            {
                new DictionaryDefinition { Name = "lower", Terms = [.. insensitive] },
                new DictionaryDefinition { Name = "exact", Terms = [.. sensitive], CaseSensitive = true },
            },
        }).Wrap(NoFindings.Instance);

        for (var round = 0; round < 200; round++)
        {
            var text = new System.Text.StringBuilder();
            var expected = new List<(int Start, int End, string Type)>();
            for (var token = 0; token < 40; token++)
            {
                text.Append(separators[random.Next(separators.Length)]);
                var pick = random.Next(4);
                if (pick == 0)
                {
                    var term = insensitive[random.Next(insensitive.Length)];
                    var cased = new string([.. term.Select(c => random.Next(2) == 0 ? char.ToUpperInvariant(c) : c)]).Replace(" ", random.Next(2) == 0 ? " " : "\n  ");
                    expected.Add((text.Length, text.Length + cased.Length, "LOWER"));
                    text.Append(cased);
                }
                else if (pick == 1)
                {
                    var term = sensitive[random.Next(sensitive.Length)];
                    var exact = random.Next(2) == 0;
                    if (exact)
                    {
                        expected.Add((text.Length, text.Length + term.Length, "EXACT"));
                    }

                    text.Append(exact ? term : term.ToLowerInvariant());
                }
                else
                {
                    text.Append(fillers[random.Next(fillers.Length)]);
                }
            }

            text.Append(' ');
            var found = detector.Detect(text.ToString()).Select(f => (f.Start, f.End, f.Type));

            found.Should().Equal(expected, $"round {round}");
        }
    }

    [Fact]
    public void Detect_ThousandsOfTermsInALargeText_FindsEveryPlantedOne()
    {
        var random = new Random(4242);
        var terms = Enumerable.Range(0, 5000).Select(i => $"zq{Word(random, 4 + (i % 7))}{(i % 3 == 0 ? " " + Word(random, 5) : "")}").Distinct().ToArray();
        var detector = Policies.Default(new PolicyDefinition
        {
            Dictionaries = { new DictionaryDefinition { Name = "many", Terms = [.. terms] } },
        }).Wrap(NoFindings.Instance);
        var text = new System.Text.StringBuilder();
        var expected = new List<(int Start, int End)>();
        while (text.Length < 250_000)
        {
            text.Append(Word(random, random.Next(1, 10))).Append(' ');
            if (random.Next(20) == 0)
            {
                var term = terms[random.Next(terms.Length)];
                expected.Add((text.Length, text.Length + term.Length));
                text.Append(term).Append(". ");
            }
        }

        var found = detector.Detect(text.ToString()).Select(f => (f.Start, f.End));

        found.Should().Equal(expected);
    }

    // Letters without 'z', so filler never starts like a term ("zq...").
    private static string Word(Random random, int length) =>
        new([.. Enumerable.Range(0, length).Select(_ => (char)('a' + random.Next(25)))]);
}
