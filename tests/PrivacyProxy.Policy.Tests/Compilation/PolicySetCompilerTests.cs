namespace PrivacyProxy.Policy.Tests.Compilation;

public sealed class PolicySetCompilerTests
{
    private static PolicySetDefinition OnePolicy(PolicyDefinition policy) => new() { Policies = { ["strict"] = policy } };

    private static PolicyProblem SingleProblem(PolicySetDefinition definition, string? directory = null)
    {
        var compilation = Policies.Compile(definition, directory);
        compilation.PolicySet.Should().BeNull();
        return compilation.Problems.Should().ContainSingle().Subject;
    }

    [Fact]
    public void Compile_UnknownActionText_NamesTheActionKey()
    {
        var problem = SingleProblem(OnePolicy(Policies.WithActions(("SECRET", "blok"))));

        problem.Key.Should().Be("PrivacyProxy:Policies:strict:Actions:SECRET");
        problem.Problem.Should().Contain("unknown action").And.Contain("route-local");
    }

    [Fact]
    public void Compile_KeyNeitherCategoryNorType_NamesTheActionKey()
    {
        var problem = SingleProblem(OnePolicy(Policies.WithActions(("SECRETS", "block"))));

        problem.Key.Should().Be("PrivacyProxy:Policies:strict:Actions:SECRETS");
        problem.Problem.Should().Contain("neither a category");
    }

    [Theory]
    [InlineData("SECRET")]
    [InlineData("gov_id")]
    [InlineData("CUSTOM")]
    [InlineData("API_KEY")]
    [InlineData("medication")]
    [InlineData("IP_ADDRESS")]
    public void Compile_CategoryOrShippedType_IsAccepted(string key) =>
        Policies.Compile(OnePolicy(Policies.WithActions((key, "mask")))).Problems.Should().BeEmpty();

    [Fact]
    public void Compile_TypeNotInKnownTypes_IsRefused()
    {
        var compilation = PolicySetCompiler.Compile(
            OnePolicy(Policies.WithActions(("API_KEY", "block"))), Shipped.DictionaryDirectory, new HashSet<string> { "EMAIL" });

        compilation.Problems.Should().ContainSingle().Which.Key.Should().Be("PrivacyProxy:Policies:strict:Actions:API_KEY");
    }

    [Fact]
    public void Compile_DictionaryNameAsActionKey_IsAcceptedAndAppliesToItsFindings()
    {
        var policy = new PolicyDefinition { Dictionaries = { new DictionaryDefinition { Name = "code-names", Terms = { "Nightjar" } } } };
        policy.Actions["code-names"] = "block";

        var compiled = Policies.Default(policy);

        compiled.ActionFor("CUSTOM", "CODE_NAMES").Should().Be(PolicyAction.Block);
    }

    [Fact]
    public void Compile_UnknownMedia_NamesTheMediaKey()
    {
        var problem = SingleProblem(OnePolicy(new PolicyDefinition { Media = "drop" }));

        problem.Key.Should().Be("PrivacyProxy:Policies:strict:Media");
        problem.Problem.Should().Contain("refuse, strip, forward");
    }

    [Theory]
    [InlineData("Policy", "PrivacyProxy:Teams:support:Policy")]
    [InlineData("ShadowPolicy", "PrivacyProxy:Teams:support:ShadowPolicy")]
    public void Compile_TeamNamingMissingPolicy_NamesTheTeamKey(string which, string key)
    {
        var team = which == "Policy" ? new TeamDefinition { Policy = "nope" } : new TeamDefinition { ShadowPolicy = "nope" };
        var definition = new PolicySetDefinition { Teams = { ["support"] = team } };

        var problem = SingleProblem(definition);

        problem.Key.Should().Be(key);
        problem.Problem.Should().Contain("'nope'");
    }

    [Fact]
    public void Compile_DefaultPolicyMissing_NamesTheDefaultPolicyKey()
    {
        var problem = SingleProblem(new PolicySetDefinition { DefaultPolicy = "corporate" });

        problem.Key.Should().Be("PrivacyProxy:DefaultPolicy");
    }

    [Fact]
    public void Compile_TeamNamingUndefinedDefault_GetsTheImplicitRedactPolicy()
    {
        var set = Policies.Set(new PolicySetDefinition { Teams = { ["support"] = new TeamDefinition { Policy = "Default" } } });

        set.ForTeam("support").Enforced.Should().BeSameAs(set.Default);
        set.Default.ActionFor("SECRET", "API_KEY").Should().Be(PolicyAction.Redact);
    }

    [Theory]
    [InlineData("", "PrivacyProxy:Policies:strict:Dictionaries:0:Name")]
    [InlineData("code names", "PrivacyProxy:Policies:strict:Dictionaries:0:Name")]
    [InlineData("codenames!", "PrivacyProxy:Policies:strict:Dictionaries:0:Name")]
    [InlineData("a_name_that_is_much_too_long_for_a_type", "PrivacyProxy:Policies:strict:Dictionaries:0:Name")]
    public void Compile_BadDictionaryName_NamesTheNameKey(string name, string key)
    {
        var policy = new PolicyDefinition { Dictionaries = { new DictionaryDefinition { Name = name, Terms = { "Nightjar" } } } };

        SingleProblem(OnePolicy(policy)).Key.Should().Be(key);
    }

    [Fact]
    public void Compile_DuplicateDictionaryName_NamesTheSecondOne()
    {
        var policy = new PolicyDefinition
        {
            Dictionaries =
            {
                new DictionaryDefinition { Name = "code-names", Terms = { "Nightjar" } },
                new DictionaryDefinition { Name = "CODE_NAMES", Terms = { "Orca" } },
            },
        };

        SingleProblem(OnePolicy(policy)).Key.Should().Be("PrivacyProxy:Policies:strict:Dictionaries:1:Name");
    }

    [Fact]
    public void Compile_DictionaryWithoutTerms_NamesTheDictionaryKey()
    {
        var policy = new PolicyDefinition { Dictionaries = { new DictionaryDefinition { Name = "empty" } } };

        var problem = SingleProblem(OnePolicy(policy));

        problem.Key.Should().Be("PrivacyProxy:Policies:strict:Dictionaries:0");
        problem.Problem.Should().Contain("no terms");
    }

    [Theory]
    [InlineData("   ")]
    [InlineData("--..--")]
    public void Compile_UnusableInlineTerm_NamesTheTermKey(string term)
    {
        var policy = new PolicyDefinition { Dictionaries = { new DictionaryDefinition { Name = "names", Terms = { "Nightjar", term } } } };

        SingleProblem(OnePolicy(policy)).Key.Should().Be("PrivacyProxy:Policies:strict:Dictionaries:0:Terms:1");
    }

    [Fact]
    public void Compile_EmptyAllowTerm_NamesTheAllowTermKey()
    {
        var policy = new PolicyDefinition { AllowTerms = { "support@example.com", " " } };

        SingleProblem(OnePolicy(policy)).Key.Should().Be("PrivacyProxy:Policies:strict:AllowTerms:1");
    }

    [Theory]
    [InlineData("missing.txt", "not found")]
    [InlineData("../outside.txt", "outside the dictionary directory")]
    [InlineData("sub/../../outside.txt", "outside the dictionary directory")]
    public void Compile_BadDictionaryFile_NamesTheFileKey(string file, string expected)
    {
        using var directory = new TempDirectory();
        File.WriteAllLines(Path.Combine(directory.Root, "outside.txt"), ["Nightjar"]);
        var policy = new PolicyDefinition { Dictionaries = { new DictionaryDefinition { Name = "names", File = file } } };

        var problem = SingleProblem(OnePolicy(policy), directory.Dictionaries);

        problem.Key.Should().Be("PrivacyProxy:Policies:strict:Dictionaries:0:File");
        problem.Problem.Should().Contain(expected);
    }

    [Fact]
    public void Compile_AbsoluteDictionaryPath_IsRefused()
    {
        using var directory = new TempDirectory().WithFile("names.txt", "Nightjar");
        var absolute = Path.Combine(directory.Dictionaries, "names.txt");
        var policy = new PolicyDefinition { Dictionaries = { new DictionaryDefinition { Name = "names", File = absolute } } };

        SingleProblem(OnePolicy(policy), directory.Dictionaries).Problem.Should().Contain("outside the dictionary directory");
    }

    [Fact]
    public void Compile_FileLinkingOutside_IsRefused()
    {
        using var directory = new TempDirectory();
        var outside = Path.Combine(directory.Root, "outside.txt");
        File.WriteAllLines(outside, ["Nightjar"]);
        File.CreateSymbolicLink(Path.Combine(directory.Dictionaries, "link.txt"), outside);
        var policy = new PolicyDefinition { Dictionaries = { new DictionaryDefinition { Name = "names", File = "link.txt" } } };

        SingleProblem(OnePolicy(policy), directory.Dictionaries).Problem.Should().Contain("links outside");
    }

    [Fact]
    public void Compile_BadLineInFile_NamesFileAndLine()
    {
        using var directory = new TempDirectory().WithFile("names.txt", "# header", "Nightjar", "", "...");
        var policy = new PolicyDefinition { Dictionaries = { new DictionaryDefinition { Name = "names", File = "names.txt" } } };

        var problem = SingleProblem(OnePolicy(policy), directory.Dictionaries);

        problem.Key.Should().Be(Path.Combine(directory.Dictionaries, "names.txt") + ":4");
    }

    [Theory]
    [InlineData("10.0.0.0/33")]
    [InlineData("10.0.0/8")]
    [InlineData("0x0a000000/8")]
    [InlineData("010.0.0.0/8")]
    [InlineData("2001:db8::/129")]
    [InlineData("fe80::1%eth0/64")]
    [InlineData("10.0.0.0/-1")]
    [InlineData("")]
    [InlineData("example.com/8")]
    public void Compile_BadCidr_NamesTheCidrKey(string cidr)
    {
        var definition = new PolicySetDefinition { Networks = { new NetworkDefinition { Cidr = "10.0.0.0/8", Team = "a" }, new NetworkDefinition { Cidr = cidr, Team = "b" } } };

        SingleProblem(definition).Key.Should().Be("PrivacyProxy:Networks:1:Cidr");
    }

    [Fact]
    public void Compile_NetworkWithoutTeam_NamesTheTeamKey()
    {
        var definition = new PolicySetDefinition { Networks = { new NetworkDefinition { Cidr = "10.0.0.0/8" } } };

        SingleProblem(definition).Key.Should().Be("PrivacyProxy:Networks:0:Team");
    }

    [Fact]
    public void Compile_ManyProblems_AllReportedAndNoneHoldsATermValue()
    {
        using var directory = new TempDirectory().WithFile("names.txt", "Zephyrine Quorvale", "!!!");
        var definition = new PolicySetDefinition
        {
            DefaultPolicy = "missing",
            Policies =
            {
                ["a"] = new PolicyDefinition
                {
                    Media = "sometimes",
                    Actions = { ["SECRET"] = "explode", ["NOPE"] = "block" },
                    AllowTerms = { "" },
                    Dictionaries =
                    {
                        new DictionaryDefinition { Name = "names", File = "names.txt", Terms = { "Halvorine Brusk", "..." } },
                        new DictionaryDefinition { Name = "bad name", Terms = { "Halvorine Brusk" } },
                        new DictionaryDefinition { Name = "gone", File = "../../etc/passwd" },
                    },
                },
            },
            Teams = { ["t"] = new TeamDefinition { Policy = "b" } },
            Networks = { new NetworkDefinition { Cidr = "nonsense", Team = "" } },
        };

        var compilation = Policies.Compile(definition, directory.Dictionaries);

        compilation.PolicySet.Should().BeNull();
        compilation.Problems.Select(p => p.Key).Should().BeEquivalentTo(
            "PrivacyProxy:DefaultPolicy",
            "PrivacyProxy:Policies:a:Media",
            "PrivacyProxy:Policies:a:Actions:SECRET",
            "PrivacyProxy:Policies:a:Actions:NOPE",
            "PrivacyProxy:Policies:a:AllowTerms:0",
            "PrivacyProxy:Policies:a:Dictionaries:0:Terms:1",
            Path.Combine(directory.Dictionaries, "names.txt") + ":2",
            "PrivacyProxy:Policies:a:Dictionaries:1:Name",
            "PrivacyProxy:Policies:a:Dictionaries:2:File",
            "PrivacyProxy:Teams:t:Policy",
            "PrivacyProxy:Networks:0:Cidr",
            "PrivacyProxy:Networks:0:Team");
        foreach (var problem in compilation.Problems)
        {
            var leaks = new[] { "Zephyrine", "Quorvale", "Halvorine", "Brusk" }.Any(v => (problem.Key + problem.Problem).Contains(v, StringComparison.OrdinalIgnoreCase));
            leaks.Should().BeFalse("problem under key {0} must not hold a term", problem.Key);
        }
    }
}
