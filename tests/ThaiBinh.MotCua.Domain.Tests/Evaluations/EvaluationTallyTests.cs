using ThaiBinh.MotCua.Domain.Dossiers;
using ThaiBinh.MotCua.Domain.Evaluations;

namespace ThaiBinh.MotCua.Domain.Tests.Evaluations;

public sealed class EvaluationTallyTests
{
    [Fact]
    public void Each_indicator_is_the_points_over_the_count_rounded_to_one_decimal_and_the_total_their_sum()
    {
        var tally = new EvaluationTally();
        tally.Add(Sheet("aaaaaaaaa"), OverallSatisfaction.VerySatisfied);
        tally.Add(Sheet("abcabcabc"), OverallSatisfaction.Satisfied);
        tally.Add(Sheet("bbbbbbbbc"), OverallSatisfaction.Dissatisfied);

        // Indicator 1: 2 + 2 + 1 = 5 / 3 = 1.666… → 1.7; indicator 2: 2 + 1 + 1 = 4 / 3 → 1.3;
        // indicator 3: 2 + 0 + 1 = 3 / 3 → 1.0; the pattern repeats; indicator 9: 2 + 0 + 0 → 0.7.
        Assert.Equal([1.7m, 1.3m, 1.0m, 1.7m, 1.3m, 1.0m, 1.7m, 1.3m, 0.7m], tally.Scores);
        Assert.Equal(11.7m, tally.Total);
        Assert.Equal(3, tally.Count);
        Assert.Equal((1, 1, 1), (tally.CountOf(OverallSatisfaction.VerySatisfied), tally.CountOf(OverallSatisfaction.Satisfied), tally.CountOf(OverallSatisfaction.Dissatisfied)));
        Assert.Equal(AgencyGrade.Fair, tally.AgencyGrade);
        Assert.Equal(OfficerGrade.Full, tally.OfficerGrade);
    }

    [Fact]
    public void A_half_is_rounded_away_from_zero()
    {
        var tally = new EvaluationTally();
        for (var i = 0; i < 20; i++)
        {
            tally.Add(Sheet(i == 0 ? "bcccccccc" : "ccccccccc"), OverallSatisfaction.Satisfied);
        }

        // 1 point over 20 evaluations is 0.05: one decimal makes it 0.1, not banker's 0.0.
        Assert.Equal(0.1m, tally.Scores[0]);
        Assert.Equal(0.1m, tally.Total);
    }

    [Theory]
    [InlineData("aaaaaaaaa", AgencyGrade.Excellent)] // 18
    [InlineData("aaaaaaccc", AgencyGrade.Good)] // 12
    [InlineData("aaaaacccb", AgencyGrade.Fair)] // 11
    [InlineData("aaabbbccc", AgencyGrade.Fair)] // 9
    [InlineData("aaaccccbb", AgencyGrade.Average)] // 8
    [InlineData("bbbbbcccc", AgencyGrade.Weak)] // 5
    public void An_agency_is_graded_on_the_fifteen_twelve_nine_six_scale(string answers, AgencyGrade grade)
    {
        var tally = new EvaluationTally();
        tally.Add(Sheet(answers), OverallSatisfaction.Satisfied);

        Assert.Equal(grade, tally.AgencyGrade);
    }

    [Theory]
    [InlineData("bbbbbcccc", OfficerGrade.Full)] // 5
    [InlineData("abbcccccc", OfficerGrade.Mostly)] // 4
    [InlineData("abccccccc", OfficerGrade.Below)] // 3
    public void An_officer_is_graded_on_the_five_and_three_and_a_half_scale(string answers, OfficerGrade grade)
    {
        var tally = new EvaluationTally();
        tally.Add(Sheet(answers), OverallSatisfaction.Satisfied);

        Assert.Equal(grade, tally.OfficerGrade);
    }

    [Fact]
    public void Three_and_a_half_is_the_middle_band_and_nothing_counted_has_no_score()
    {
        var tally = new EvaluationTally();
        tally.Add(Sheet("aabcccccc"), OverallSatisfaction.Satisfied); // 5
        tally.Add(Sheet("bcccccccc"), OverallSatisfaction.Satisfied); // 1 → 1.5 + 1.0 + 0.5 = 3.0

        Assert.Equal(3.0m, tally.Total);
        tally.Add(Sheet("aaaaccccc"), OverallSatisfaction.Satisfied);

        // (2+1+2)/3 = 1.7, (2+0+2)/3 = 1.3, (1+0+2)/3 = 1.0, (0+0+2)/3 = 0.7: 4.7.
        Assert.Equal(4.7m, tally.Total);
        Assert.Equal(OfficerGrade.Mostly, tally.OfficerGrade);
        Assert.Null(new EvaluationTally().Total);
        Assert.Empty(new EvaluationTally().Scores);
        Assert.Null(new EvaluationTally().AgencyGrade);
    }

    [Fact]
    public void Only_a_returned_dossier_can_be_rated()
    {
        var refused = Assert.Throws<ThaiBinh.MotCua.Domain.Common.DomainRuleException>(() =>
            DossierEvaluation.Give(Service(DossierStatus.ResultReady), Sheet("aaaaaaaaa"), OverallSatisfaction.Satisfied, null, EvaluationChannel.Link, null, DateTimeOffset.UnixEpoch));

        Assert.Equal("evaluation.not-returned", refused.Rule);
    }

    [Fact]
    public void An_evaluation_keeps_the_letters_the_officers_and_a_trimmed_comment()
    {
        var service = Service(DossierStatus.Returned);

        var evaluation = DossierEvaluation.Give(service, Sheet("abcabcabc"), OverallSatisfaction.VerySatisfied, "  Cán bộ nhiệt tình  ", EvaluationChannel.Desk, service.ReturnedById, DateTimeOffset.UnixEpoch);

        Assert.Equal("abcabcabc", evaluation.AnswerLetters);
        Assert.Equal(Sheet("abcabcabc"), evaluation.Answers);
        Assert.Equal("Cán bộ nhiệt tình", evaluation.Comment);
        Assert.Equal((service.ReceivedById, service.ReturnedById), (evaluation.ReceivedById, evaluation.ReturnedById));
    }

    [Fact]
    public void The_form_has_nine_indicators_numbered_in_order_each_with_three_answers()
    {
        Assert.Equal(Enumerable.Range(1, 9), EvaluationForm.Indicators.Select(i => i.Number));
        Assert.All(EvaluationForm.Indicators, i => Assert.All(new[] { i.Question, i.AnswerA, i.AnswerB, i.AnswerC }, t => Assert.False(string.IsNullOrWhiteSpace(t))));
    }

    private static EvaluationAnswer[] Sheet(string letters) => [.. letters.Select(c => EvaluationAnswers.Parse(c.ToString())!.Value)];

    private static RatedService Service(DossierStatus status) => new(
        Guid.NewGuid(), "000.01.31.H54-250602-0001", status, Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
}
