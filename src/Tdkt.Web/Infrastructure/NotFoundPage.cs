namespace Tdkt.Web.Infrastructure;

/// <summary>The 404 page for unknown URLs and out-of-scope ids alike (the two must look the same).</summary>
public static class NotFoundPage
{
    public const string Html = """
        <!DOCTYPE html>
        <html lang="vi"><head><meta charset="utf-8"><title>Không tìm thấy - Tdkt</title>
        <link rel="stylesheet" href="/lib/npm/bootstrap.min.css"></head>
        <body class="container py-5"><h1 class="h3">Không tìm thấy trang (404)</h1>
        <p>Trang hoặc dữ liệu bạn yêu cầu không tồn tại, hoặc nằm ngoài phạm vi bạn được phép xem.</p>
        <p><a href="/">Về trang chủ</a></p></body></html>
        """;
}
