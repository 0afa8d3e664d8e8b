namespace Archive.Web.Caching;

/// <summary>
/// Endpoint metadata: the endpoint sets its own validators and caching headers and answers HEAD itself (static files,
/// from their manifest), so <see cref="ConditionalResponses"/> neither buffers nor tags it.
/// </summary>
internal sealed class ValidatorsOwnedByEndpoint
{
    public static readonly ValidatorsOwnedByEndpoint Instance = new();
}
