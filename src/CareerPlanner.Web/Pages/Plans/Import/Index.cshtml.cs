using Microsoft.AspNetCore.Mvc;

namespace CareerPlanner.Web.Pages.Plans.Import;

/// <summary>Creates a new plan from a JSON export — all or nothing.</summary>
[RequestSizeLimit(PlanImport.MaxBytes + (64 * 1024))]
[RequestFormLimits(MultipartBodyLengthLimit = PlanImport.MaxBytes + (64 * 1024))]
public sealed class ImportModel(AppDbContext db, TimeProvider clock) : PlanPageModel(db, clock)
{
    [BindProperty]
    public IFormFile? PlanFile { get; set; }

    [TempData]
    public string? StatusMessage { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (PlanFile is null || PlanFile.Length == 0)
        {
            ModelState.AddModelError(nameof(PlanFile), "Choose a plan file (.json) exported from CareerPlanner.");
            return Page();
        }

        if (PlanFile.Length > PlanImport.MaxBytes)
        {
            ModelState.AddModelError(nameof(PlanFile), $"The file is {PlanFile.Length / 1024:N0} KB; a plan file can be at most {PlanImport.MaxBytes / 1024 / 1024} MB.");
            return Page();
        }

        string json;
        using (var reader = new StreamReader(PlanFile.OpenReadStream(), new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: false))
        {
            try
            {
                json = await reader.ReadToEndAsync();
            }
            catch (System.Text.DecoderFallbackException)
            {
                ModelState.AddModelError(nameof(PlanFile), "The file is not UTF-8 text: is it really a plan file (.json)?");
                return Page();
            }
        }

        try
        {
            var plan = PlanImport.FromJson(json, UserId, Now);
            Db.Plans.Add(plan);
            await Db.SaveChangesAsync();
            StatusMessage = $"Plan “{plan.Title}” imported.";
            return Redirect(PlanRoutes.Plan(plan.Id));
        }
        catch (ImportException e)
        {
            ModelState.AddModelError(nameof(PlanFile), $"Nothing was imported. {e.Message}");
            return Page();
        }
    }
}
