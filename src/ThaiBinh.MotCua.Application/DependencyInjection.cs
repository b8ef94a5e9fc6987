using System.Globalization;
using FluentValidation;
using ThaiBinh.MotCua.Application;
using ThaiBinh.MotCua.Application.Auth;
using ThaiBinh.MotCua.Application.Auth.SignIn;
using ThaiBinh.MotCua.Application.Common.Outbox;
using ThaiBinh.MotCua.Application.Common.Ports;
using ThaiBinh.MotCua.Application.Common.Telemetry;
using ThaiBinh.MotCua.Application.Dossiers;
using ThaiBinh.MotCua.Application.Dossiers.Receive;
using ThaiBinh.MotCua.Application.Notices.Composing;
using ThaiBinh.MotCua.Application.Notices.Planning;
using ThaiBinh.MotCua.Application.Notices.Templates;
using ThaiBinh.MotCua.Application.Officers;
using ThaiBinh.MotCua.Application.Population;
using ThaiBinh.MotCua.Application.Payments;
using ThaiBinh.MotCua.Application.Supervision;

namespace Microsoft.Extensions.DependencyInjection;

public static class ApplicationServiceCollectionExtensions
{
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        // Field names in errors are spelled as the JSON spells them; default messages are Vietnamese.
        ValidatorOptions.Global.PropertyNameResolver = (_, member, _) =>
            member is null ? null : JsonNaming.CamelCase(member.Name);
        ValidatorOptions.Global.LanguageManager.Culture = CultureInfo.GetCultureInfo("vi");

        services.AddValidatorsFromAssemblyContaining<ApplicationAssembly>(includeInternalTypes: true);
        services.AddScoped<SignedInOfficer>();
        services.AddScoped<ICurrentOfficer>(provider => provider.GetRequiredService<SignedInOfficer>());
        services.AddScoped<OfficerCredentials>();
        services.AddScoped<DossierAccess>();
        services.AddScoped<SupervisionScope>();
        services.AddScoped<DossierViews>();
        services.AddScoped<ReceptionBoundary>();
        services.AddScoped<OfficerAdministration>();
        services.AddSingleton<MotCuaMetrics>();
        services.AddScoped<NoticeTemplateAdministration>();
        services.AddScoped<NoticeFacts>();
        services.AddScoped<INoticeComposer, NoticeComposer>();
        services.AddScoped<IDeliveryPlanner, CitizenNoticePlanner>();
        services.AddScoped<IDeliveryPlanner, SupervisionNoticePlanner>();
        services.AddFileIntake();
        services.AddPopulationLookups();
        services.AddPayments();
        return services;
    }
}
