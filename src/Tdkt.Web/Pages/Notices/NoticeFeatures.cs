namespace Tdkt.Web.Pages.Notices;

public static class NoticeFeatures
{
    public static IServiceCollection AddNoticeFeatures(this IServiceCollection services) => services
        .AddScoped<NoticeService>()
        .AddSingleton<ObjectionFormGuard>();
}
