using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Tdkt.Domain.Security;
using Tdkt.Web.Data;

namespace Tdkt.Web.Infrastructure;

/// <summary>What ./run prints once the app listens: the URL, and in demo mode the logins and tokens.</summary>
public static class DemoBanner
{
    public static void Print(WebApplication app, TdktSettings settings)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var url = addresses.FirstOrDefault() ?? "(không rõ)";
        var lines = new List<string>
        {
            string.Empty,
            "==================================================================",
            $" Tdkt đang chạy tại: {url}",
            $" Thư mục dữ liệu:    {settings.DataFolder}",
            Logging.TdktLogging.JsonOnConsole
                ? " Nhật ký chi tiết:   in ra màn hình dạng JSON (TDKT_LOG_CONSOLE=json)"
                : $" Nhật ký chi tiết:   {Logging.TdktLogging.FilePath(settings)}",
        };
        if (settings.DemoData == true)
        {
            lines.Add($" Tài khoản demo (mật khẩu chung: {settings.DemoPassword}):");
            foreach (var u in DemoSeeder.Users)
            {
                lines.Add($"   {u.UserName,-20} {u.FullName} — {string.Join(", ", u.Grants.Select(g => g.Role.Vietnamese()).Distinct())}");
            }

            var tokens = Path.Combine(settings.DataFolder, DemoSeeder.TokensFile);
            if (File.Exists(tokens))
            {
                lines.Add($" Mã truy cập API (Authorization: Bearer …), lưu tại {tokens}:");
                lines.AddRange(File.ReadAllLines(tokens).Select(l => "   " + l));
            }
        }

        lines.Add(" Dừng: Ctrl-C");
        lines.Add("==================================================================");
        Console.Out.WriteLine(string.Join(Environment.NewLine, lines));
        Console.Out.Flush();
    }
}
