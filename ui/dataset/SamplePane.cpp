#include "dataset/SamplePane.h"

#include "common/LabelGlyphs.h"
#include "dataset/PredictionIndex.h"

#include <QLocale>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace {

// Pastel backgrounds, alternated so neighbouring tokens always differ. They are light in every
// palette, so the tokens keep dark text of their own (a dark palette's light text would vanish).
const char* const kTokenColours[] = {"#fde2e4", "#e2ece9", "#fff1c1", "#dfe7fd", "#e8dff5", "#d8f3dc"};

bool isContinuationByte(unsigned char byte) {
    return (byte & 0xC0) == 0x80;
}

QString visibleToken(QString text) {
    text = text.toHtmlEscaped();
    text.replace(QLatin1Char('\n'), QStringLiteral("↵<br>"));
    text.replace(QLatin1Char('\t'), QStringLiteral("→"));
    return text;
}

} // namespace

SamplePane::SamplePane(QWidget* parent)
    : QWidget(parent)
    , m_view(new QTextBrowser(this)) {
    m_view->setObjectName(QStringLiteral("sampleView"));
    m_view->setOpenLinks(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    clear();
}

void SamplePane::clear() {
    m_view->setHtml(
        QStringLiteral("<p style='color:#777'>%1</p>")
            .arg(tr("Select a row to see its text, its tokens and the runs' predictions.").toHtmlEscaped()));
}

QString SamplePane::plainText() const {
    return m_view->toPlainText();
}

void SamplePane::showSample(const DatasetHandle& dataset, int split, int example, const TokenizerHandle& tokenizer,
                            const PredictionIndex& predictions) {
    if (!dataset || split < 0 || static_cast<size_t>(split) >= dataset->splits.size()) {
        clear();
        return;
    }
    const auto& source = dataset->splits[static_cast<size_t>(split)];
    if (example < 0 || static_cast<size_t>(example) >= source.examples.size()) {
        clear();
        return;
    }
    const auto& row = source.examples[static_cast<size_t>(example)];
    QString html;
    html += QStringLiteral("<p><b>%1</b> · %2 · %3</p>")
                .arg(toQString(source.name).toHtmlEscaped(), tr("example %1").arg(example + 1),
                     labelHtml(dataset, row.label));
    html += QStringLiteral("<p style='white-space:pre-wrap'>%1</p>").arg(toQString(row.text).toHtmlEscaped());
    if (tokenizer) {
        html += tokensHtml(row.text, *tokenizer);
    } else {
        html += QStringLiteral("<p style='color:#777'>%1</p>")
                    .arg(tr("Tokens appear once the model's tokenizer is loaded.").toHtmlEscaped());
    }
    html += predictionsHtml(dataset, split, example, predictions);
    m_view->setHtml(html);
}

QString SamplePane::tokensHtml(const std::string& text, const litetune::Tokenizer& tokenizer) const {
    const auto spans = tokenizer.encodeWithOffsets(text, litetune::SpecialTokens::AsText);
    QString html = QStringLiteral("<p><b>%1</b></p><p style='white-space:pre-wrap; line-height:160%'>")
                       .arg(tr("%n token(s)", nullptr, static_cast<int>(spans.size())).toHtmlEscaped());
    // Byte-level BPE may split one character (an emoji's four bytes) over several tokens;
    // such tokens are shown together, since half a character cannot be drawn.
    int colour = 0;
    size_t i = 0;
    while (i < spans.size()) {
        const std::uint32_t begin = spans[i].begin;
        std::uint32_t end = spans[i].end;
        size_t j = i + 1;
        while (j < spans.size() && end < text.size() && isContinuationByte(static_cast<unsigned char>(text[end]))) {
            end = spans[j].end;
            ++j;
        }
        const QString piece = QString::fromUtf8(text.data() + begin, static_cast<qsizetype>(end - begin));
        html += QStringLiteral("<span style='background-color:%1; color:#202124'>%2</span>")
                    .arg(QLatin1String(kTokenColours[colour % std::size(kTokenColours)]), visibleToken(piece));
        ++colour;
        i = j;
    }
    html += QStringLiteral("</p>");
    return html;
}

QString SamplePane::predictionsHtml(const DatasetHandle& dataset, int split, int example,
                                    const PredictionIndex& predictions) const {
    QString rows;
    const QLocale locale;
    for (int run = 0; run < predictions.runCount(); ++run) {
        const auto* prediction = predictions.find(run, split, example);
        if (!prediction) {
            continue;
        }
        const bool right = prediction->label < 0 || prediction->predicted == prediction->label;
        rows += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td align='right'>%4%</td>"
                               "<td align='right'>%5</td></tr>")
                    .arg(right ? QStringLiteral("<span style='color:#2e7d32'>✓</span>")
                               : QStringLiteral("<span style='color:#c62828'>✗</span>"),
                         predictions.run(run).name.toHtmlEscaped(), labelHtml(dataset, prediction->predicted),
                         locale.toString(prediction->probability * 100.0, 'f', 1),
                         locale.toString(prediction->loss, 'f', 3));
    }
    if (rows.isEmpty()) {
        return {};
    }
    return QStringLiteral("<p><b>%1</b></p><table cellspacing='0' cellpadding='3'>"
                          "<tr><th></th><th align='left'>%2</th><th align='left'>%3</th><th>%4</th><th>%5</th></tr>"
                          "%6</table>")
        .arg(tr("Predictions").toHtmlEscaped(), tr("Run").toHtmlEscaped(), tr("Predicted").toHtmlEscaped(),
             tr("Probability").toHtmlEscaped(), tr("Loss").toHtmlEscaped(), rows);
}

QString SamplePane::labelHtml(const DatasetHandle& dataset, int label) const {
    if (!dataset || label < 0 || static_cast<size_t>(label) >= dataset->labels.size()) {
        return tr("no label").toHtmlEscaped();
    }
    const auto& info = dataset->labels[static_cast<size_t>(label)];
    const QString glyph = LabelGlyphs::glyph(info);
    const QString name = LabelGlyphs::displayName(info).toHtmlEscaped();
    if (glyph.isEmpty()) {
        return name;
    }
    return QStringLiteral("<span style=\"font-family:'Noto Color Emoji'\">%1</span> %2")
        .arg(glyph.toHtmlEscaped(), name);
}
