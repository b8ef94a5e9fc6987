namespace ThaiBinh.MotCua.Simulators.Faults;

/// <summary>
/// Faults a test arms on one simulator: the next <c>Count</c> protocol requests wait
/// <c>DelayMilliseconds</c> (a slow or hung system) and then, when <c>Status</c> is set, are
/// answered with that status instead of being handled.
/// </summary>
public abstract class FaultSwitch
{
    private readonly Lock _gate = new();
    private FaultPlan? _plan;
    private int _left;

    public void Arm(FaultPlan plan)
    {
        lock (_gate)
        {
            _plan = plan;
            _left = plan.Count;
        }
    }

    public void Clear() => Arm(new FaultPlan(0, null, 0));

    public bool TryTake(out FaultPlan plan)
    {
        lock (_gate)
        {
            plan = _plan ?? new FaultPlan(0, null, 0);
            if (_left <= 0)
            {
                return false;
            }

            _left--;
            return true;
        }
    }
}

/// <summary>What <c>POST …/_sim/faults</c> takes.</summary>
public sealed record FaultPlan(int Count, int? Status, int DelayMilliseconds);
