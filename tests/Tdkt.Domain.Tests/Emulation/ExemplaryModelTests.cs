using Tdkt.Domain.Common;
using Tdkt.Domain.Emulation;
using Tdkt.Domain.Organizations;

namespace Tdkt.Domain.Tests.Emulation;

public sealed class ExemplaryModelTests
{
    private static ExemplaryModelData Data(string name = "Mô hình \"Dân vận khéo\" phường Tân Phong", bool honoured = false, string? at = null) =>
        new(ExemplaryKind.Model, name, "Vận động nhân dân hiến đất mở đường.", 2023, "Phong trào \"Cả nước chung tay vì người nghèo\"", honoured, at, "SĐT 0912 000 000", true);

    [Fact]
    public void Slug_IsAsciiFoldedWithYear() =>
        Assert.Equal("mo-hinh-dan-van-kheo-phuong-tan-phong-2023", ExemplaryModel.Create(5, Data()).Value!.Slug);

    [Fact]
    public void Honoured_RequiresEvent()
    {
        var r = ExemplaryModel.Create(5, Data(honoured: true));
        Assert.Equal("HonouredAt", Assert.IsType<ValidationError>(r.Error).Field);
        Assert.True(ExemplaryModel.Create(5, Data(honoured: true, at: "Hội nghị biểu dương điển hình tiên tiến 2023")).IsSuccess);
    }

    [Fact]
    public void EmptyName_NamesField() =>
        Assert.Equal("Name", Assert.IsType<ValidationError>(ExemplaryModel.Create(5, Data(name: " ")).Error).Field);
}

public sealed class UploadsTests
{
    [Fact]
    public void Document_PdfByMagicBytes_Accepted_RenamedExeRefused()
    {
        Assert.Equal("application/pdf", Uploads.CheckDocument("File", "giao-uoc.pdf", "%PDF-1.7 ..."u8).Value!.ContentType);
        Assert.True(Uploads.CheckDocument("File", "giao-uoc.pdf", "MZ\u0090\u0000"u8).IsFailure);
        Assert.True(Uploads.CheckDocument("File", "giao-uoc.exe", "%PDF-1.7"u8).IsFailure);
    }

    [Fact]
    public void Image_PngAccepted_TooLargeRefused()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0];
        Assert.Equal("image/png", Uploads.CheckImage("Photo", "a.png", png).Value!.ContentType);
        var big = new byte[Uploads.MaxImageBytes + 1];
        png.CopyTo(big, 0);
        Assert.Contains("tối đa", Uploads.CheckImage("Photo", "a.png", big).Error!.Message);
    }
}

public sealed class ClusterMembershipTests
{
    [Fact]
    public void RemoveMember_KeepsHistory_AndLeaderOfLaterYearCannotLeave()
    {
        var c = EmulationCluster.Create("K", "Khối", ClusterKind.Bloc, 1).Value!;
        c.AddMember(10, 2021);
        c.AddMember(11, 2021);
        c.SetLeader(2024, 10, 11);

        Assert.IsType<ValidationError>(c.RemoveMember(10, 2023).Error);
        Assert.True(c.RemoveMember(11, 2025).IsSuccess);
        Assert.Equal([10], c.MembersIn(2026).Select(m => m.OrgUnitId));
        Assert.Equal([10, 11], c.MembersIn(2025).Select(m => m.OrgUnitId));
        Assert.IsType<ConflictError>(c.AddMember(10, 2025).Error);
    }
}
