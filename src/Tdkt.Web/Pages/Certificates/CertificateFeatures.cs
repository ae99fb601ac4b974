using Tdkt.Web.Documents;

namespace Tdkt.Web.Pages.Certificates;

public static class CertificateFeatures
{
    public static IServiceCollection AddCertificateFeatures(this IServiceCollection services) => services
        .AddSingleton(sp => CertificateSettings.From(sp.GetRequiredService<IConfiguration>()))
        .AddSingleton<CertificatePdf>()
        .AddScoped<CertificateService>()
        .AddScoped<CertificateDownloads>()
        .AddScoped<SaveCertificateTemplateHandler>();
}
