using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CareerPlanner.Web.Hosting;

public static class ServiceSetup
{
    public static void AddCareerPlanner(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var dataFolder = new DataFolder(builder.Configuration, builder.Environment);
        services.AddSingleton(dataFolder);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<MarkdownRenderer>();
        services.AddSingleton<LinkGuessingLimiter>();
        services.AddSingleton<LinkOpens>();
        services.AddSingleton<MentorAccess>();
        services.AddHostedService<LinkOpensFlusher>();
        services.AddHttpContextAccessor();
        services.AddSingleton<AuditLog>();

        var database = DatabaseOptions.From(builder.Configuration, dataFolder);
        services.AddSingleton(database);
        services.AddPageCaching(builder.Configuration, database);
        AddDatabase(services, database);

        services
            .AddIdentityCore<AppUser>(options =>
            {
                // OWASP ASVS 5: length, not composition. The upper bound is checked by the forms.
                options.Password.RequiredLength = 10;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                options.User.RequireUniqueEmail = true;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.SignIn.RequireConfirmedAccount = false;
            })
            .AddSignInManager()
            .AddEntityFrameworkStores<AppDbContext>()
            .AddDefaultTokenProviders();

        services
            .AddAuthentication(IdentityConstants.ApplicationScheme)
            .AddIdentityCookies();
        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "CareerPlanner.Auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.LoginPath = "/account/login";
            options.LogoutPath = "/account/logout";
            options.AccessDeniedPath = "/account/login";
            // Idle lifetime: 14 days without a visit ends the session; each visit slides it on.
            options.ExpireTimeSpan = SessionLifetime.Idle;
            options.SlidingExpiration = true;
            SessionLifetime.EnforceAbsolute(options);
        });
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = SessionLifetime.StampCheckInterval);

        // Every page needs a signed-in person unless it says [AllowAnonymous].
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());

        var dataProtection = services.AddDataProtection().SetApplicationName("CareerPlanner");
        if (database.IsShared)
        {
            // Every instance reads and writes the same key ring, so cookies and form tokens work on all of them.
            dataProtection.PersistKeysToDbContext<PostgresAppDbContext>();
        }
        else
        {
            dataProtection.PersistKeysToFileSystem(new DirectoryInfo(dataFolder.KeysFolder));
        }

        services.AddReverseProxy(builder.Configuration);
        builder.WebHost.ConfigureKestrel(options => options.AddServerHeader = false);
        services.AddHsts(options =>
        {
            options.MaxAge = TimeSpan.FromDays(365);
            options.IncludeSubDomains = true;
        });
        services.AddRouting(options => options.LowercaseUrls = true);
        services.AddRazorPages().AddMvcOptions(options =>
        {
            // Messages a person understands when a value cannot even be read (a crafted or broken request).
            options.ModelBinderProviders.Insert(0, new CheckboxModelBinderProvider());
            options.Filters.Add(new UnhandledMethodFilter());
            var messages = options.ModelBindingMessageProvider;
            messages.SetAttemptedValueIsInvalidAccessor((value, field) => $"“{value}” is not a valid value for {field}.");
            messages.SetValueIsInvalidAccessor(value => $"“{value}” is not a valid value.");
            messages.SetValueMustBeANumberAccessor(field => $"{field} must be a number.");
            messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"“{value}” is not a valid value.");
            messages.SetUnknownValueIsInvalidAccessor(field => $"The value given for {field} is not valid.");
            messages.SetValueMustNotBeNullAccessor(field => $"{field} is required.");
        });
        // Plan pages are 100 KB or more of HTML: a tenth of that over the wire. Over HTTPS only at the
        // proxy (the default here), where BREACH-style guessing against secrets in pages is its business.
        services.AddResponseCompression(options =>
        {
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
        });
        services.Configure<BrotliCompressionProviderOptions>(options => options.Level = System.IO.Compression.CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(options => options.Level = System.IO.Compression.CompressionLevel.Fastest);
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
    }

    /// <summary>Registers the provider's context, and <see cref="AppDbContext"/> as the same instance for everything else.</summary>
    private static void AddDatabase(IServiceCollection services, DatabaseOptions database)
    {
        switch (database.Provider)
        {
            case DatabaseProvider.PostgreSQL:
                AddContext<PostgresAppDbContext>(services, options => options.UseNpgsql(database.ConnectionString));
                break;
            default:
                AddContext<SqliteAppDbContext>(services, options => options.UseSqlite(database.ConnectionString));
                break;
        }
    }

    private static void AddContext<TContext>(IServiceCollection services, Action<DbContextOptionsBuilder> useProvider)
        where TContext : AppDbContext
    {
        // The options, with every registered interceptor, are built once, not for every request.
        services.AddDbContext<TContext>(
            (provider, options) =>
            {
                useProvider(options);
                options.AddInterceptors(provider.GetServices<IInterceptor>());
            },
            contextLifetime: ServiceLifetime.Scoped,
            optionsLifetime: ServiceLifetime.Singleton);
        services.AddScoped<AppDbContext>(provider => provider.GetRequiredService<TContext>());
    }
}
