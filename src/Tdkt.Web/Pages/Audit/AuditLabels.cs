using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;

namespace Tdkt.Web.Pages.Audit;

/// <summary>
/// Vietnamese for what the change log stores in English (ADR-0025): entity type names, property names and enum
/// values. Properties without a label (keys, hashes, technical counters) are not shown; GUIDs never are;
/// ISO times become local dd/MM/yyyy HH:mm.
/// </summary>
public static partial class AuditLabels
{
    public static readonly IReadOnlyDictionary<string, string> Entities = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["AppUser"] = "Người dùng", ["RoleGrant"] = "Vai trò được cấp", ["PersonalAccessToken"] = "Mã truy cập API",
        ["OrgUnit"] = "Đơn vị", ["OrgUnitSuccession"] = "Kế thừa đơn vị", ["EmulationCluster"] = "Cụm, khối thi đua",
        ["ClusterCovenant"] = "Giao ước thi đua của cụm, khối", ["ScoreSheet"] = "Bảng chấm điểm thi đua", ["UnitScoreCard"] = "Phiếu chấm điểm của đơn vị",
        ["ClusterAwardProposal"] = "Đề nghị khen thưởng của cụm, khối", ["ExemplaryModel"] = "Điển hình tiên tiến", ["StoredFile"] = "Tệp đính kèm",
        ["Movement"] = "Phong trào thi đua", ["Plan"] = "Kế hoạch", ["PlanTask"] = "Nhiệm vụ của kế hoạch", ["TaskProgressReport"] = "Báo cáo tiến độ nhiệm vụ",
        ["Registration"] = "Đăng ký thi đua", ["RegistrationStatusChange"] = "Thay đổi trạng thái đăng ký thi đua", ["ReportRequest"] = "Yêu cầu báo cáo",
        ["ReportSubmission"] = "Báo cáo đã nộp", ["ConferenceEvent"] = "Hội nghị, đại hội", ["EventDelegate"] = "Đại biểu", ["CongressPilot"] = "Đại hội điểm",
        ["DelegateRuleSetRecord"] = "Bộ quy tắc chọn đại biểu", ["AwardCatalogueEntry"] = "Danh mục khen thưởng", ["JurisdictionSetting"] = "Tham số của tỉnh",
        ["BaseSalaryRate"] = "Mức lương cơ sở", ["Person"] = "Cá nhân trong sổ theo dõi", ["PersonMerge"] = "Gộp hồ sơ cá nhân", ["YearlyRating"] = "Xếp loại hằng năm",
        ["AwardRecordEntry"] = "Khen thưởng trong sổ theo dõi", ["InitiativeEntry"] = "Sáng kiến", ["DisciplineEntry"] = "Kỷ luật", ["HoldEntry"] = "Tạm hoãn xét khen thưởng",
        ["CollectiveMemberStats"] = "Số liệu thành viên tập thể", ["Dossier"] = "Hồ sơ đề nghị khen thưởng", ["DossierTransition"] = "Bước xử lý hồ sơ",
        ["Nominee"] = "Đối tượng đề nghị", ["DossierAttachment"] = "Tài liệu của hồ sơ", ["DossierSnapshot"] = "Bản lưu hồ sơ khi gửi", ["QuotaAllotment"] = "Chỉ tiêu khen thưởng",
        ["ConsultationRequest"] = "Xin ý kiến cơ quan", ["Decision"] = "Quyết định khen thưởng", ["DecisionRecipient"] = "Người được khen thưởng",
        ["DecisionCounter"] = "Số quyết định", ["Revocation"] = "Quyết định hủy bỏ, thu hồi", ["RevokedAward"] = "Khen thưởng bị thu hồi", ["Notification"] = "Thông báo",
        ["PublicHolidayRow"] = "Ngày nghỉ lễ, Tết", ["CouncilMember"] = "Thành viên Hội đồng", ["CouncilSession"] = "Phiên họp Hội đồng",
        ["CouncilAttendance"] = "Điểm danh phiên họp Hội đồng", ["CouncilAgendaItem"] = "Nội dung xét tại phiên họp", ["BallotParticipation"] = "Lượt bỏ phiếu",
        ["OpenBallotVote"] = "Phiếu biểu quyết công khai", ["PublicNotice"] = "Công khai, lấy ý kiến", ["NoticeObjection"] = "Ý kiến phản ánh",
        ["CertificateTemplate"] = "Mẫu bằng, giấy khen",
    };

    private static readonly Dictionary<string, string> Fields = new(StringComparer.Ordinal)
    {
        ["Name"] = "Tên", ["FullName"] = "Họ và tên", ["UserName"] = "Tên đăng nhập", ["Title"] = "Tiêu đề", ["Year"] = "Năm", ["Status"] = "Trạng thái",
        ["Kind"] = "Loại", ["Code"] = "Mã hiệu", ["AwardCode"] = "Hình thức khen thưởng", ["AwardName"] = "Hình thức khen thưởng", ["SubjectKind"] = "Loại đối tượng",
        ["Reason"] = "Lý do", ["Note"] = "Ghi chú", ["Notes"] = "Ghi chú", ["Position"] = "Chức vụ", ["WorkUnit"] = "Đơn vị công tác", ["Gender"] = "Giới tính",
        ["BirthYear"] = "Năm sinh", ["Ethnicity"] = "Dân tộc", ["Address"] = "Địa chỉ", ["Achievement"] = "Thành tích", ["Verdict"] = "Kết quả thẩm định",
        ["VerdictReason"] = "Lý do thẩm định", ["Present"] = "Có mặt", ["Agree"] = "Đồng ý", ["Disagree"] = "Không đồng ý", ["VotesFor"] = "Số phiếu đồng ý",
        ["VotesAgainst"] = "Số phiếu không đồng ý", ["TotalMembers"] = "Tổng số thành viên", ["Passed"] = "Đạt", ["ReadAt"] = "Đã đọc lúc", ["Text"] = "Nội dung",
        ["Role"] = "Vai trò", ["IsDisabled"] = "Đã khóa", ["ExpiresAt"] = "Hết hạn lúc", ["Number"] = "Số", ["DecisionNumber"] = "Số quyết định",
        ["DecisionDate"] = "Ngày quyết định", ["SignerName"] = "Người ký", ["SignerTitle"] = "Chức vụ người ký", ["Wording"] = "Trích yếu", ["Amount"] = "Tiền thưởng",
        ["Date"] = "Ngày", ["From"] = "Từ ngày", ["To"] = "Đến ngày", ["ValidFrom"] = "Hiệu lực từ", ["ValidTo"] = "Hiệu lực đến", ["SubmitBefore"] = "Hạn nộp",
        ["ReturnReason"] = "Lý do trả lại", ["ReceivedOn"] = "Ngày tiếp nhận", ["AppraisalWorkingDays"] = "Số ngày làm việc thẩm định", ["Question"] = "Nội dung xin ý kiến",
        ["Answer"] = "Ý kiến trả lời", ["Agency"] = "Cơ quan", ["AskedOn"] = "Ngày hỏi", ["AnsweredOn"] = "Ngày trả lời", ["FileName"] = "Tên tệp", ["PartCode"] = "Thành phần hồ sơ",
        ["Round"] = "Lần gửi", ["Grounds"] = "Căn cứ", ["ActNumber"] = "Số quyết định", ["RevokedOn"] = "Ngày hủy bỏ", ["Rating"] = "Xếp loại", ["Rank"] = "Thứ hạng",
        ["Level"] = "Cấp", ["Group"] = "Nhóm", ["Category"] = "Loại", ["Basis"] = "Căn cứ pháp lý", ["Quota"] = "Chỉ tiêu", ["Count"] = "Số lượng",
        ["Content"] = "Nội dung", ["Details"] = "Chi tiết", ["Url"] = "Địa chỉ trang", ["Capacity"] = "Thẩm quyền ký", ["CreatedAt"] = "Tạo lúc", ["UpdatedAt"] = "Cập nhật lúc",
        ["At"] = "Thời điểm", ["GrantedAt"] = "Cấp lúc", ["RevokedAt"] = "Thu hồi lúc", ["IssuedAt"] = "Ban hành lúc", ["UploadedAt"] = "Tải lên lúc", ["InWriting"] = "Bằng văn bản",
        ["Serial"] = "Số hiệu", ["Prefix"] = "Ký hiệu", ["Score"] = "Điểm", ["Action"] = "Thao tác", ["Email"] = "Thư điện tử", ["Phone"] = "Điện thoại",
        ["StartsOn"] = "Ngày bắt đầu", ["EndsOn"] = "Ngày kết thúc", ["Deadline"] = "Hạn", ["DueOn"] = "Hạn", ["Location"] = "Địa điểm", ["HeldOn"] = "Ngày họp",
        ["Outcome"] = "Kết quả", ["Office"] = "Chức danh trong Hội đồng", ["Progress"] = "Tiến độ", ["Percent"] = "Tỷ lệ", ["Description"] = "Mô tả", ["Summary"] = "Tóm tắt",
        ["ShortName"] = "Tên viết tắt", ["Form"] = "Hình thức", ["Theme"] = "Chủ đề", ["Slogan"] = "Khẩu hiệu", ["Target"] = "Chỉ tiêu",
    };

    private static readonly Dictionary<string, string> EnumValues = BuildEnumValues();

    public static string Entity(string type) => Entities.TryGetValue(type, out var name) ? name : "Dữ liệu khác";

    /// <summary>The Vietnamese label of a stored property, or null when the property is technical (not shown).</summary>
    public static string? Field(string property) =>
        Fields.TryGetValue(property, out var label) ? label : null;

    /// <summary>A stored value as a person reads it: enum names in Vietnamese, ISO times in local time, no GUIDs.</summary>
    public static string? Value(string? raw, TimeZoneInfo zone)
    {
        if (raw is null)
        {
            return null;
        }

        if (Guid.TryParse(raw, out _))
        {
            return "(mã nội bộ)";
        }

        if (IsoTime().IsMatch(raw) && DateTimeOffset.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t))
        {
            return TimeZoneInfo.ConvertTime(t, zone).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);
        }

        if (IsoDate().IsMatch(raw) && DateOnly.TryParseExact(raw, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            return d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        }

        return EnumValues.TryGetValue(raw, out var vi) ? vi : raw;
    }

    /// <summary>Every domain enum that has a Vietnamese(this E) extension gives its member names.</summary>
    private static Dictionary<string, string> BuildEnumValues()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        var assemblies = new[] { typeof(Tdkt.Domain.Common.ViFormat).Assembly, typeof(AuditLabels).Assembly };
        foreach (var m in assemblies.SelectMany(a => a.GetTypes()).Where(t => t.IsAbstract && t.IsSealed)
                     .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static))
                     .Where(m => m.Name == "Vietnamese" && m.ReturnType == typeof(string) && m.GetParameters() is [{ ParameterType.IsEnum: true }]))
        {
            var enumType = m.GetParameters()[0].ParameterType;
            foreach (var value in Enum.GetValues(enumType))
            {
                var name = value.ToString()!;
                if (!map.ContainsKey(name) && m.Invoke(null, [value]) is string text)
                {
                    map[name] = text;
                }
            }
        }

        return map;
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")]
    private static partial Regex IsoTime();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex IsoDate();
}
