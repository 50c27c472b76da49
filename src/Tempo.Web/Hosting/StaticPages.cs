using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.FileProviders;

namespace Tempo.Web.Hosting;

/// <summary>The pages, scripts and styles, served from resources embedded in this assembly (no files on disk, no CDN).</summary>
internal static class StaticPages
{
    public static void Use(WebApplication app)
    {
        var files = new EmbeddedFileProvider(typeof(StaticPages).Assembly, "Tempo.Web.wwwroot");
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            OnPrepareResponse = context => context.Context.Response.Headers.CacheControl = "no-cache",
        });
    }
}
