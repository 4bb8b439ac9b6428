using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace SilkRoad.Training.Storage;

// The model's value converters hold the protector of the host that built it: a second host in the same process
// (tests, the CLI beside the portal in one process) with other keys gets a model of its own.
internal sealed class TrainingModelCacheKeyFactory : IModelCacheKeyFactory
{
    public object Create(DbContext context, bool designTime) =>
        context is TrainingDbContext training ? (context.GetType(), training.Protector, designTime) : (context.GetType(), designTime);
}
