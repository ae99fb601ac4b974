using System.Diagnostics;
using System.Globalization;

namespace Tdkt.Web.Data.Synthetic;

/// <summary><c>./run seed --scale national|province|demo</c>: loads a synthetic data set into the (empty, just migrated)
/// database and exits. Refuses a database that already has units.</summary>
public static class SeedCommand
{
    public static bool Requested(string[] args) => args.Contains("seed");

    public static string? ScaleName(string[] args)
    {
        var i = Array.IndexOf(args, "--scale");
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : "demo";
    }

    public static async Task<int> RunAsync(string[] args, string connectionString)
    {
        if (SyntheticScale.Parse(ScaleName(args)) is not { } scale)
        {
            Console.Error.WriteLine("Quy mô dữ liệu không hợp lệ: dùng --scale national, province hoặc demo.");
            return 2;
        }

        if (!await SyntheticDataLoader.IsEmptyAsync(connectionString))
        {
            Console.Error.WriteLine("Cơ sở dữ liệu đã có đơn vị: dữ liệu mô phỏng chỉ nạp vào cơ sở dữ liệu trống. "
                + "Hãy đặt TDKT_DATA trỏ tới thư mục mới (hoặc ConnectionStrings__Tdkt tới cơ sở dữ liệu mới) rồi chạy lại.");
            return 4;
        }

        Console.WriteLine($"Nạp dữ liệu mô phỏng quy mô \"{scale.Name}\" (hạt giống cố định) bằng binary COPY…");
        var sw = Stopwatch.StartNew();
        var counts = await new SyntheticDataLoader(connectionString, scale, Console.WriteLine).LoadAsync();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Xong sau {sw.Elapsed.TotalSeconds:F1} s: {counts.Provinces} tỉnh, {counts.Communes:N0} xã/phường, {counts.Units:N0} đơn vị, {counts.People:N0} người, {counts.AwardRecords:N0} bản ghi khen thưởng, {counts.Dossiers:N0} hồ sơ ({counts.Nominees:N0} người được đề nghị, {counts.Transitions:N0} lượt chuyển trạng thái, {counts.Attachments:N0} tệp đính kèm, {counts.Decisions:N0} quyết định với {counts.Recipients:N0} người được khen thưởng), {counts.Users:N0} tài khoản."));
        Console.WriteLine($"Tài khoản mẫu: thamdinh.t01, lanhdao.t01, thamdinh.x<mã>, canbo.x<mã>, canbo.u<mã>; mật khẩu {SyntheticDataLoader.Password}");
        return 0;
    }
}
