// PlaygroundPage: the Playground place, a placeholder until the playground lands: it says what
// will be here (type a text, see each run's top emojis with probabilities).
#pragma once

#include <QWidget>

class PlaygroundPage : public QWidget {
    Q_OBJECT

public:
    explicit PlaygroundPage(QWidget* parent = nullptr);
};
