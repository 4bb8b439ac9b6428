using System.Security.Claims;
using SilkRoad.Training.Access;

namespace SilkRoad.Web;

/// <summary>The training base's <see cref="Actor"/> for the signed-in user of a request: the pages and endpoints pass it to the training services, which scope by it.</summary>
public static class TrainingActorAccess
{
    /// <summary>The actor, or null when nobody is signed in.</summary>
    public static async Task<Actor?> TrainingActorAsync(this HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var userId = http.User.FindFirstValue(ClaimTypes.NameIdentifier);
        if (string.IsNullOrEmpty(userId)) return null;
        var roles = http.User.FindAll(ClaimTypes.Role).Select(c => c.Value);
        return await http.RequestServices.GetRequiredService<TrainingActors>().ForAsync(userId, roles, http.RequestAborted);
    }
}
