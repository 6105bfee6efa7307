#include "training/RunEnding.h"

#include "api/RunFolders.h"

#include <QLocale>
#include <QStringList>

#include <algorithm>

namespace {

QString memberName(litetune::Method method) {
    switch (method) {
    case litetune::Method::Evaluate:
        return RunEnding::tr("base");
    case litetune::Method::Full:
        return RunEnding::tr("full");
    case litetune::Method::Lora:
        return RunEnding::tr("LoRA");
    default:
        return QString::fromLatin1(litetune::methodName(method));
    }
}

// The engine writes a checkpoint when it cancels after a step; asking the run folder (the same rule
// as train --resume) keeps "resumable" honest when writing it failed.
bool resumable(const litetune::RunResult& result) {
    return !litetune::resumeCheckpoint(result.runDir).empty();
}

QString cancelledText(const litetune::RunResult& run, bool comparison, qint64 totalSteps) {
    const QString member = memberName(run.config.method);
    if (run.config.method == litetune::Method::Evaluate) {
        return comparison ? RunEnding::tr("Cancelled during %1").arg(member)
                          : RunEnding::tr("Cancelled during the evaluation");
    }
    if (run.globalStep == 0) {
        return comparison ? RunEnding::tr("Cancelled during %1 before its first step").arg(member)
                          : RunEnding::tr("Cancelled before the first step");
    }
    const qint64 of = std::max<qint64>(totalSteps, run.globalStep);
    const bool canResume = resumable(run);
    if (comparison) {
        return (canResume ? RunEnding::tr("Cancelled during %1 at step %2 of %3 — resumable")
                          : RunEnding::tr("Cancelled during %1 at step %2 of %3"))
            .arg(member)
            .arg(run.globalStep)
            .arg(of);
    }
    return (canResume ? RunEnding::tr("Cancelled at step %1 of %2 — resumable")
                      : RunEnding::tr("Cancelled at step %1 of %2"))
        .arg(run.globalStep)
        .arg(of);
}

} // namespace

RunEnding RunEnding::of(const Report& report) {
    RunEnding outcome;
    const QString took = tr("duration %1").arg(clockText(report.seconds));
    if (!report.failure.isEmpty()) {
        outcome.state = State::Failed;
        outcome.headline = tr("Failed");
        outcome.summary = tr("Failed: %1").arg(report.failure.section(QLatin1Char('\n'), 0, 0).trimmed());
        return outcome;
    }
    // A command cancelled before its run began (while its data loaded) reports no result at all.
    if (report.results.empty() || report.results.back().cancelled) {
        outcome.state = State::Cancelled;
        outcome.headline = report.results.empty()
                               ? tr("Cancelled before the first step")
                               : cancelledText(report.results.back(), report.comparison, report.totalSteps);
        outcome.summary = outcome.headline + QStringLiteral(" · ") + took;
        return outcome;
    }
    outcome.state = State::Finished;
    if (!report.comparison) {
        outcome.headline = tr("Finished");
        outcome.summary = tr("Finished: %1 · %2").arg(headlineMetric(report.results.back().eval), took);
        return outcome;
    }
    QStringList members;
    QStringList scores;
    for (const auto& run : report.results) {
        members.append(memberName(run.config.method));
        scores.append(tr("%1 (%2)").arg(members.back(), headlineMetric(run.eval)));
    }
    outcome.headline = tr("Finished: %1").arg(members.join(QStringLiteral(", ")));
    outcome.summary = tr("Finished: %1 · %2").arg(scores.join(QStringLiteral(", ")), took);
    return outcome;
}

QString RunEnding::headlineMetric(const litetune::EvalReport& report) {
    const QLocale locale;
    if (report.perplexity > 0.0) { // a causal LM: no classifier scores (api/Results.h)
        return tr("perplexity %1").arg(locale.toString(report.perplexity, 'f', 2));
    }
    return tr("accuracy %1%").arg(locale.toString(report.accuracy * 100, 'f', 2));
}

QString RunEnding::clockText(double seconds) {
    if (seconds <= 0.0) {
        return QStringLiteral("–");
    }
    const auto total = static_cast<qint64>(seconds + 0.5);
    return QStringLiteral("%1:%2:%3")
        .arg(total / 3600)
        .arg((total / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(total % 60, 2, 10, QLatin1Char('0'));
}

QString RunEnding::stateName(State state) {
    switch (state) {
    case State::Finished:
        return QStringLiteral("finished");
    case State::Cancelled:
        return QStringLiteral("cancelled");
    case State::Failed:
        return QStringLiteral("failed");
    }
    return {};
}
