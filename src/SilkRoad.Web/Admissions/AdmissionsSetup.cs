namespace SilkRoad.Web.Admissions;

/// <summary>The services behind the admission workflow's pages (the manager's desk, reviews, nominations, "my record").</summary>
internal static class AdmissionsSetup
{
    public static IServiceCollection AddAdmissionPages(this IServiceCollection services)
    {
        services.AddScoped<ApplicantMails>();
        services.AddSingleton<InvitationLetterPdf>();
        return services;
    }
}
