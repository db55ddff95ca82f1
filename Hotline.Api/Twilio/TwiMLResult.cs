using Twilio.TwiML;

namespace Hotline.Api.Twilio;

// TwiML built with the Twilio library's classes, written as the XML Twilio expects.
public sealed class TwiMLResult(TwiML response, int statusCode = StatusCodes.Status200OK) : IResult, IStatusCodeHttpResult, IContentTypeHttpResult
{
    public int? StatusCode => statusCode;

    public string ContentType => "application/xml; charset=utf-8";

    public Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = statusCode;
        httpContext.Response.ContentType = ContentType;
        return httpContext.Response.WriteAsync(response.ToString(), httpContext.RequestAborted);
    }

    // Nothing is sent back to the caller: a trafficker may read the victim's phone.
    public static TwiMLResult NoReply(int statusCode = StatusCodes.Status200OK) => new(new MessagingResponse(), statusCode);
}
