namespace Tdkt.Web.Pages.Movements;

public sealed record MovementFormView(MovementInput Input, MovementFormOptions Options, bool IsEdit);
