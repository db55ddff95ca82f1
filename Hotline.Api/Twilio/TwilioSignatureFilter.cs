using Hotline.Twilio;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
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
        ValueCountLimit = 256,
        ValueLengthLimit = 16 * 1024,
        KeyLengthLimit = 256,
        BufferBody = true,
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

        if (!request.HasFormContentType)
        {
            return TypedResults.Problem("A Twilio webhook is a form post (application/x-www-form-urlencoded).", statusCode: StatusCodes.Status400BadRequest);
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(FormLimits, http.RequestAborted);
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge();
        }
        catch (InvalidDataException exception)
        {
            return TypedResults.Problem($"The form is malformed or exceeds its limits: {exception.Message}", statusCode: StatusCodes.Status400BadRequest);
        }

        var signature = request.Headers["X-Twilio-Signature"].ToString();
        var url = SignedUrl(request, options.CurrentValue.PublicBaseUrl);
        var parameters = form.ToDictionary(field => field.Key, field => field.Value.ToString(), StringComparer.Ordinal);
        if (signature.Length == 0 || !new RequestValidator(options.CurrentValue.AuthToken).Validate(url, parameters, signature))
        {
            logger.LogWarning("Refused a Twilio webhook to {Path} with a missing or wrong signature", request.Path);
            return TypedResults.Problem("The request is not signed by Twilio for this URL.", statusCode: StatusCodes.Status403Forbidden);
        }

        return await next(context);
    }

    // Twilio signs the URL it called. Behind a proxy that is not the URL this server sees, so
    // the configured public base URL wins over the request's own scheme and host.
    public static string SignedUrl(HttpRequest request, Uri? publicBaseUrl) =>
        publicBaseUrl is null
            ? request.GetEncodedUrl()
            : publicBaseUrl.AbsoluteUri.TrimEnd('/') + request.PathBase.ToUriComponent() + request.Path.ToUriComponent() + request.QueryString.ToUriComponent();

    static ProblemHttpResult TooLarge() =>
        TypedResults.Problem($"A Twilio webhook is at most {MaxBodyBytes} bytes.", statusCode: StatusCodes.Status413PayloadTooLarge);
}
