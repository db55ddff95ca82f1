namespace Hotline.Triage;

// Settings of SoftmaxRegression.Train; the defaults were chosen on the leave-one-round-out figures only.
internal sealed record SoftmaxTraining
{
    public int Seed { get; init; } = 262;

    public int Epochs { get; init; } = 20;

    public float LearningRate { get; init; } = 0.5f;

    public float Decay { get; init; } = 1e-3f;

    public float L2 { get; init; } = 1e-4f;

    public float MinClassWeight { get; init; } = 0.5f;

    public float MaxClassWeight { get; init; } = 5f;
}
