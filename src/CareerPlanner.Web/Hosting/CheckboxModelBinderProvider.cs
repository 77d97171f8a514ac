using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CareerPlanner.Web.Hosting;

public sealed class CheckboxModelBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        context.Metadata.ModelType == typeof(bool) ? new CheckboxModelBinder() : null;
}
