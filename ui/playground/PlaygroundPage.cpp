#include "playground/PlaygroundPage.h"

#include <QLabel>
#include <QVBoxLayout>

PlaygroundPage::PlaygroundPage(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("playgroundPage"));
    auto* label = new QLabel(tr("<h2>Playground</h2><p>Type a text and see each run's top emojis with their "
                                "probabilities.</p><p style='color:#777'>Coming in a later version.</p>"),
                             this);
    label->setAlignment(Qt::AlignCenter);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(label);
}
