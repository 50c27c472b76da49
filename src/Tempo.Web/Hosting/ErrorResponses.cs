using Microsoft.AspNetCore.Http;

namespace Tempo.Web.Hosting;

/// <summary>
/// The one error shape of the API: a ProblemDetails whose <c>detail</c> is the CLI's one-line message. Bad input
/// (any <see cref="FormatException"/>: FEN, play file, option) is 400 (a bad play also says where: path, line, reason), a full server 429, an oversized body 413, a job cancelled before its turn came 409.
/// </summary>
internal static class ErrorResponses
{
    public static async Task HandleAsync(HttpContext context, RequestDelegate next)
    {
        try
        {
            await next(context);
        }
        catch (Exception e) when (!context.Response.HasStarted && Status(e) is { } status)
        {
            context.Response.Clear();
            if (e is TooBusyException busy)
            {
                context.Response.Headers.RetryAfter = ((int)busy.RetryAfter.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
            await Results.Problem(detail: e.Message, statusCode: status, title: Title(status), extensions: Where(e)).ExecuteAsync(context);
        }
    }

    /// <summary>For a bad play, where in the play the fault is (<c>path</c>, e.g. <c>attack.players[1].actions[2].wait</c>, and <c>line</c>), so a page can show it beside that player or action.</summary>
    private static Dictionary<string, object?>? Where(Exception e) => e is PlayFileException play
        ? new Dictionary<string, object?> { ["path"] = play.PathInFile, ["line"] = play.Line, ["reason"] = play.Reason }
        : null;

    private static int? Status(Exception e) => e switch
    {
        FormatException => StatusCodes.Status400BadRequest,
        TooBusyException => StatusCodes.Status429TooManyRequests,
        JobCancelledException => StatusCodes.Status409Conflict,
        BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => StatusCodes.Status413PayloadTooLarge,
        _ => null,
    };

    private static string Title(int status) => status switch
    {
        StatusCodes.Status400BadRequest => "bad input",
        StatusCodes.Status429TooManyRequests => "too many solves, sweeps and batches running and waiting",
        StatusCodes.Status409Conflict => "cancelled",
        _ => "request too large",
    };
}
