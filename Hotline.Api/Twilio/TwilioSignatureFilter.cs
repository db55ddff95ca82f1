using Hotline.Twilio;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Twilio.Security;

namespace Hotline.Api.Twilio;

// Lets a webhook through only when it is a form of sane size signed with our auth token.
// Refused requests change nothing: the handler behind this never runs.
public sealed class TwilioSignatureFilter(IOptionsMonitor<TwilioOptions> options, ILogger<TwilioSignatureFilter> logger) : IEndpointFilter
{
    // An SMS body is at most 1,600 characters; URL-encoded UTF-8 of that and every other field
    // Twilio sends stays well under this.
    public const int MaxBodyBytes = 64 * 1024;

    static readonly FormOptions FormLimits = new()
    {
        ValueCountLimit = TwilioFormRules.MaxFields,
        // Counted on the encoded form, where one character takes up to 9 bytes (%E0%B8%81): the
        // length in characters is checked by TwilioFormRules, the whole by MaxBodyBytes.
        ValueLengthLimit = MaxBodyBytes,
        KeyLengthLimit = TwilioFormRules.MaxNameLength,
    };

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var request = http.Request;

        if (request.ContentLength > MaxBodyBytes)
        {
            return TooLarge();
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeLimit)
        {
            sizeLimit.MaxRequestBodySize = MaxBodyBytes;
        }

        if (request.QueryString.Value?.Length > TwilioFormRules.MaxQueryLength)
        {
            return BadRequest($"The query string is longer than {TwilioFormRules.MaxQueryLength} characters.");
        }

        if (!IsUrlEncodedUtf8(request))
        {
            return BadRequest("A Twilio webhook is a form post (application/x-www-form-urlencoded, UTF-8).");
        }

        // The raw bytes first, under our own size cap (a chunked request has no Content-Length),
        // so that the encoding can be checked before ASP.NET decodes it; the form is then read
        // from the same bytes.
        byte[] raw;
        try
        {
            if (await ReadCappedAsync(request.Body, http.RequestAborted) is not { } bytes)
            {
                return TooLarge();
            }

            raw = bytes;
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge();
        }

        if (TwilioFormRules.EncodingProblem(raw) is { } encodingProblem)
        {
            return BadRequest(encodingProblem);
        }

        request.Body = new MemoryStream(raw, writable: false);
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(FormLimits, http.RequestAborted);
        }
        catch (InvalidDataException exception)
        {
            return BadRequest($"The form is malformed or exceeds its limits: {exception.Message}");
        }

        var signature = request.Headers["X-Twilio-Signature"].ToString();
        var twilio = options.CurrentValue;
        var url = SignedUrl(request, twilio.PublicBaseUrl);
        var parameters = form.ToDictionary(field => field.Key, field => field.Value.ToString(), StringComparer.Ordinal);
        var token = signature.Length == 0 ? null : SigningToken(twilio, url, parameters, signature);
        if (token is null)
        {
            logger.LogWarning("Refused a Twilio webhook to {Path} with a missing or wrong signature", request.Path);
            return TypedResults.Problem("The request is not signed by Twilio for this URL.", statusCode: StatusCodes.Status403Forbidden);
        }

        if (token > 0)
        {
            // Tells the operator when the old token can go: once this stops appearing.
            logger.LogInformation("A Twilio webhook to {Path} was signed with previous auth token {TokenNumber}", request.Path, token);
        }

        // Checked after the signature: a forger learns nothing of these rules, and a real Twilio
        // request that breaks one shows the reason in Twilio's debugger.
        if (TwilioFormRules.FieldProblem(form) is { } fieldProblem)
        {
            logger.LogWarning("Refused a signed Twilio webhook to {Path}: a field breaks the form rules", request.Path);
            return BadRequest(fieldProblem);
        }

        return await next(context);
    }

    // 0 for the current token, 1… for Twilio:PreviousAuthTokens, null when none signed it.
    static int? SigningToken(TwilioOptions twilio, string url, Dictionary<string, string> parameters, string signature)
    {
        string?[] tokens = [twilio.AuthToken, .. twilio.PreviousAuthTokens];
        for (var i = 0; i < tokens.Length; i++)
        {
            if (tokens[i] is { Length: > 0 } token && new RequestValidator(token).Validate(url, parameters, signature))
            {
                return i;
            }
        }

        return null;
    }

    // Twilio signs the URL it called. Behind a proxy that is not the URL this server sees, so
    // the configured public base URL wins over the request's own scheme and host; without it, the
    // scheme and host are the request's own, changed only by the forwarded headers of a trusted
    // proxy (Proxy:KnownProxies, see SecurityServiceExtensions), never by whoever sent the request.
    public static string SignedUrl(HttpRequest request, Uri? publicBaseUrl) =>
        publicBaseUrl is null
            ? request.GetEncodedUrl()
            : publicBaseUrl.AbsoluteUri.TrimEnd('/') + request.PathBase.ToUriComponent() + request.Path.ToUriComponent() + request.QueryString.ToUriComponent();

    static bool IsUrlEncodedUtf8(HttpRequest request) =>
        MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType)
        && contentType.MediaType.Equals("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase)
        && (contentType.Charset.Length == 0 || contentType.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase));

    // Null when the body is longer than MaxBodyBytes.
    static async Task<byte[]?> ReadCappedAsync(Stream body, CancellationToken cancellation)
    {
        using var copy = new MemoryStream();
        var buffer = new byte[8 * 1024];
        int read;
        while ((read = await body.ReadAsync(buffer, cancellation)) > 0)
        {
            if (copy.Length + read > MaxBodyBytes)
            {
                return null;
            }

            copy.Write(buffer, 0, read);
        }

        return copy.ToArray();
    }

    static ProblemHttpResult BadRequest(string reason) => TypedResults.Problem(reason, statusCode: StatusCodes.Status400BadRequest);

    static ProblemHttpResult TooLarge() =>
        TypedResults.Problem($"A Twilio webhook is at most {MaxBodyBytes} bytes.", statusCode: StatusCodes.Status413PayloadTooLarge);
}
