using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CareerPlanner.Web.Hosting;

/// <summary>
/// Binds checkboxes. A value other than true/false (a tampered request) becomes a message by the
/// field, and the field is re-shown unticked: the framework's checkbox cannot render a non-boolean
/// attempted value and would otherwise answer 500.
/// </summary>
public sealed class CheckboxModelBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        var result = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
        if (result == ValueProviderResult.None)
        {
            return Task.CompletedTask;
        }

        var value = result.FirstValue;
        if (bool.TryParse(value, out var parsed))
        {
            bindingContext.ModelState.SetModelValue(bindingContext.ModelName, result);
            bindingContext.Result = ModelBindingResult.Success(parsed);
            return Task.CompletedTask;
        }

        bindingContext.ModelState.SetModelValue(bindingContext.ModelName, new ValueProviderResult("false"));
        bindingContext.ModelState.TryAddModelError(bindingContext.ModelName,
            $"“{value}” is not a valid value for {bindingContext.ModelMetadata.GetDisplayName()}: tick the box or leave it empty.");
        bindingContext.Result = ModelBindingResult.Failed();
        return Task.CompletedTask;
    }
}
