namespace PrivacyProxy.Protocols.Tests;

/// <summary>JSON routes accept application/json in UTF-8 and refuse everything else with 415.</summary>
public sealed class JsonContentTypeTests
{
    [Theory]
    [InlineData("application/json")]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("Application/JSON;charset=\"UTF-8\"")]
    [InlineData("application/json; charset=utf8; x=y")]
    public void IsAccepted_JsonUtf8_True(string contentType)
    {
        JsonContentType.IsAccepted(contentType).Should().BeTrue();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("multipart/form-data; boundary=x")]
    [InlineData("application/json; charset=utf-16")]
    [InlineData("application/jsonx")]
    public void Require_OtherTypes_415(string? contentType)
    {
        var act = () => JsonContentType.Require(contentType);

        act.Should().Throw<ProtocolException>().Which.StatusCode.Should().Be(415);
    }
}
