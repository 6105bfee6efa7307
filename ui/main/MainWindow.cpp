#include "main/MainWindow.h"

#include "bridge/EngineController.h"
#include "common/ColorScheme.h"
#include "configure/ConfigurePage.h"
#include "dataset/DatasetPage.h"
#include "main/AboutDialog.h"
#include "main/MainActions.h"
#include "main/RecentDatasets.h"
#include "playground/PlaygroundPage.h"
#include "report/ModelExporter.h"
#include "report/ReportExporter.h"
#include "results/ResultsPage.h"
#include "results/RunDiffView.h"
#include "results/RunListPanel.h"
#include "results/RunSelectionModel.h"
#include "runs/RunCatalog.h"
#include "sweep/SweepDialog.h"
#include "training/TrainPage.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>

#include <functional>

namespace {

const QStringList kPlaceKeys{QStringLiteral("dataset"), QStringLiteral("configure"), QStringLiteral("train"),
                             QStringLiteral("results"), QStringLiteral("playground")};

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_engine(new EngineController(this))
    , m_runs(new RunCatalog(this))
    , m_actions(new MainActions({tr("Dataset"), tr("Configure"), tr("Train"), tr("Results"), tr("Playground")}, this))
    , m_navigation(new QListWidget(this))
    , m_places(new QStackedWidget(this))
    , m_datasetStatus(new QLabel(this))
    , m_engineStatus(new QLabel(this)) {
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("LiteTune"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/app.svg")));
    m_runs->refresh();

    m_datasetPage = new DatasetPage(m_engine, m_runs, this);
    m_configurePage = new ConfigurePage(this);
    m_trainPage = new TrainPage(m_engine, m_runs, this);
    m_resultsPage = new ResultsPage(m_runs, this);
    m_places->setObjectName(QStringLiteral("placeStack"));
    m_places->addWidget(m_datasetPage);
    m_places->addWidget(m_configurePage);
    m_places->addWidget(m_trainPage);
    m_places->addWidget(m_resultsPage);
    m_places->addWidget(new PlaygroundPage(m_engine, m_resultsPage->runSelection(), this));
    createNavigation();

    auto* toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->setIconSize(QSize(20, 20));
    m_actions->populate(menuBar(), toolBar);
    m_datasetStatus->setObjectName(QStringLiteral("datasetStatus"));
    m_engineStatus->setObjectName(QStringLiteral("engineStatus"));
    statusBar()->addPermanentWidget(m_datasetStatus);
    statusBar()->addPermanentWidget(m_engineStatus);

    connectActions();
    connectEngine();
    restoreSettings();
    // The tokenizer of the chosen model feeds the token-length histogram and the sample pane.
    m_datasetPage->setTokenizerModel(m_configurePage->modelPath());
    m_datasetPage->setMaxLength(m_configurePage->config().maxLength);
    onRunningChanged(false);
}

MainWindow::~MainWindow() = default;

void MainWindow::createNavigation() {
    m_navigation->setObjectName(QStringLiteral("placeNavigation"));
    m_navigation->setIconSize(QSize(28, 28));
    m_navigation->setSpacing(2);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    int width = 0;
    for (auto* action : m_actions->places) {
        auto* item = new QListWidgetItem(action->icon(), action->text(), m_navigation);
        item->setToolTip(action->toolTip());
        item->setSizeHint(QSize(0, 44));
        width = std::max(width, fontMetrics().horizontalAdvance(action->text()));
    }
    m_navigation->setFixedWidth(width + 28 + 48);
    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_places, 1);
    setCentralWidget(central);
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0) {
            m_places->setCurrentIndex(row);
            m_actions->places.at(row)->setChecked(true);
        }
    });
    m_navigation->setCurrentRow(0);
}

void MainWindow::connectActions() {
    connect(m_actions->openDataset, &QAction::triggered, m_datasetPage, [this] {
        showPlace(Place::Dataset);
        m_datasetPage->chooseDataset();
    });
    connect(m_actions->openDemo, &QAction::triggered, this, &MainWindow::openDemo);
    const auto corpusAction = [this](QAction* action, const std::function<void()>& open) {
        connect(action, &QAction::triggered, m_datasetPage, [this, open] {
            showPlace(Place::Dataset);
            open();
        });
    };
    corpusAction(m_actions->openTextFile, [this] { m_datasetPage->chooseTextCorpusFile(); });
    corpusAction(m_actions->openTextFolder, [this] { m_datasetPage->chooseTextCorpusFolder(); });
    corpusAction(m_actions->openDemoText,
                 [this] { m_datasetPage->openTextCorpus(QString::fromLatin1(litetune::kDemoCorpusName)); });
    connect(m_actions->quit, &QAction::triggered, this, &QWidget::close);
    connect(m_actions->train, &QAction::triggered, m_configurePage, [this] {
        if (!m_configurePage->requestTrain()) {
            showPlace(Place::Configure);
        }
    });
    connect(m_actions->compare, &QAction::triggered, m_configurePage, [this] {
        if (!m_configurePage->requestCompare()) {
            showPlace(Place::Configure);
        }
    });
    connect(m_actions->sweep, &QAction::triggered, this,
            [this] { SweepDialog::showFor(this, m_engine, m_configurePage->config()); });
    connect(m_actions->pause, &QAction::toggled, m_engine, &EngineController::setPaused);
    connect(m_actions->cancel, &QAction::triggered, m_engine, &EngineController::cancel);
    connect(m_actions->refreshRuns, &QAction::triggered, m_runs, &RunCatalog::refresh);
    connect(m_actions->about, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_actions->aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
    connect(m_actions->colorSchemeGroup, &QActionGroup::triggered, this, [](QAction* action) {
        const QString scheme = action->data().toString();
        if (ColorScheme::apply(scheme)) {
            QSettings().setValue(QStringLiteral("ui/colorScheme"), scheme);
        }
    });
    connect(m_actions->placeGroup, &QActionGroup::triggered, this,
            [this](QAction* action) { showPlace(static_cast<Place>(action->data().toInt())); });

    // Train and Compare can do what the Configure place's buttons can: nothing without a dataset.
    connect(m_configurePage, &ConfigurePage::readinessChanged, this, [this](bool canTrain, bool canCompare) {
        m_actions->train->setEnabled(canTrain);
        m_actions->compare->setEnabled(canCompare);
        m_actions->sweep->setEnabled(canTrain);
    });
    m_recent = new RecentDatasets(m_actions->recentMenu, this);
    connect(m_recent, &RecentDatasets::openRequested, this, [this](const QString& path) {
        showPlace(Place::Dataset);
        openDataset(path);
    });
    connect(m_configurePage, &ConfigurePage::trainRequested, this, &MainWindow::startTrain);
    connect(m_configurePage, &ConfigurePage::compareRequested, this, &MainWindow::startCompare);
    connect(m_configurePage, &ConfigurePage::modelChanged, m_datasetPage, &DatasetPage::setTokenizerModel);
    connect(m_configurePage, &ConfigurePage::maxLengthChanged, m_datasetPage, &DatasetPage::setMaxLength);
    connect(m_datasetPage, &DatasetPage::datasetOpened, this, &MainWindow::onDatasetOpened);
    connect(m_datasetPage, &DatasetPage::demoRequested, this, &MainWindow::openDemo);
    connect(m_datasetPage, &DatasetPage::datasetOpened, m_resultsPage->runSelection(), &RunSelectionModel::setDataset);
    connect(m_resultsPage, &ResultsPage::confusionCellClicked, m_datasetPage,
            [this](const QString& runDir, int trueLabel, int predictedLabel) {
                showPlace(Place::Dataset);
                m_datasetPage->showConfusionCell(runDir, trueLabel, predictedLabel);
            });
    connect(m_resultsPage->runDiffView(), &RunDiffView::showInDatasetRequested, m_datasetPage,
            [this](const QString& runDirA, const QString& runDirB, bool fixed) {
                showPlace(Place::Dataset);
                m_datasetPage->showRunDiff(runDirA, runDirB, fixed);
            });
    auto* exporter = new ReportExporter(this);
    connect(m_actions->exportReport, &QAction::triggered, exporter,
            [this, exporter] { exporter->exportInteractively(this, m_resultsPage->runSelection()); });
    connect(m_resultsPage, &ResultsPage::exportRequested, m_actions->exportReport, &QAction::trigger);
    m_resultsPage->runPanel()->setResumeHandler([this](const QString& dir) { return m_trainPage->resumeRun(dir); });
    connect(exporter, &ReportExporter::started, statusBar(), [this](const QString& path) {
        statusBar()->showMessage(tr("Writing the report %1…").arg(QDir::toNativeSeparators(path)));
    });
    connect(exporter, &ReportExporter::exported, statusBar(), [this](const QString& path) {
        statusBar()->showMessage(tr("Report saved: %1").arg(QDir::toNativeSeparators(path)), 10000);
    });
    connect(exporter, &ReportExporter::failed, statusBar(), &QStatusBar::clearMessage); // its box says why
    auto* modelExporter = new ModelExporter(this);
    connect(m_actions->exportModel, &QAction::triggered, modelExporter,
            [this, modelExporter] { modelExporter->exportInteractively(this, m_resultsPage->runSelection()); });
    connect(modelExporter, &ModelExporter::started, statusBar(), [this](const QString& path) {
        statusBar()->showMessage(tr("Exporting the model to %1…").arg(QDir::toNativeSeparators(path)));
    });
    connect(modelExporter, &ModelExporter::exported, statusBar(), [this](const QString& path) {
        statusBar()->showMessage(tr("Model exported: %1").arg(QDir::toNativeSeparators(path)), 10000);
    });
    // The failure has its message box; "Exporting…" must not stay behind as if it were still going.
    connect(modelExporter, &ModelExporter::failed, statusBar(), &QStatusBar::clearMessage);
    connect(m_datasetPage, &DatasetPage::statusMessage, statusBar(),
            [this](const QString& message) { statusBar()->showMessage(message, 8000); });
    connect(m_configurePage, &ConfigurePage::statusMessage, statusBar(),
            [this](const QString& message) { statusBar()->showMessage(message, 15000); });
}

void MainWindow::connectEngine() {
    connect(m_engine, &EngineController::runningChanged, this, &MainWindow::onRunningChanged);
    connect(m_engine, &EngineController::pausedChanged, this, [this](bool paused) {
        const QSignalBlocker blocker(m_actions->pause);
        m_actions->pause->setChecked(paused);
        onRunningChanged(m_engine->isRunning());
    });
    connect(m_engine, &EngineController::runStarted, this, [this] { showPlace(Place::Train); });
    connect(m_engine, &EngineController::runFinished, m_runs, &RunCatalog::refresh);
    connect(m_engine, &EngineController::failed, this,
            [this](const QString& message) { statusBar()->showMessage(message, 15000); });
    connect(m_engine, &EngineController::runFailed, this, &MainWindow::showRunError);
    connect(m_engine, &EngineController::runtimeInfoChanged, m_configurePage, &ConfigurePage::setRuntimeInfo);
}

void MainWindow::showPlace(Place place) {
    m_navigation->setCurrentRow(static_cast<int>(place));
}

bool MainWindow::showPlace(const QString& name) {
    // A view inside a place: the Results place's Difference tab (--place, the screenshots).
    if (name.compare(QLatin1String("results/difference"), Qt::CaseInsensitive) == 0) {
        showPlace(Place::Results);
        m_resultsPage->showDifference();
        return true;
    }
    const int index = kPlaceKeys.indexOf(name.toLower());
    if (index < 0) {
        return false;
    }
    showPlace(static_cast<Place>(index));
    return true;
}

MainWindow::Place MainWindow::currentPlace() const {
    return static_cast<Place>(m_places->currentIndex());
}

void MainWindow::openDemo() {
    m_configurePage->applyPreset(ConfigurePage::Preset::QuickDemo);
    openDataset(QStringLiteral("demo"));
}

void MainWindow::openDataset(const QString& path) {
    m_datasetPage->openDataset(path);
}

void MainWindow::startTrain(const litetune::TrainConfig& config) {
    if (!m_engine->train(config)) {
        if (m_engine->isRunning()) { // else refused with its reason (EngineController::runFailed)
            statusBar()->showMessage(tr("A run is already in progress."), 5000);
        }
        return;
    }
    showPlace(Place::Train);
}

void MainWindow::startCompare(const litetune::TrainConfig& config) {
    if (!m_engine->compare(config)) {
        statusBar()->showMessage(tr("A run is already in progress."), 5000);
        return;
    }
    showPlace(Place::Train);
}

void MainWindow::onDatasetOpened(const DatasetHandle& dataset, const litetune::DatasetOptions& options) {
    m_configurePage->setDataset(dataset, options);
    onRunningChanged(m_engine->isRunning()); // Compare follows the data
    const QString path = toQString(options.path);
    // The recent list reopens labelled datasets; a text corpus would open as one and fail.
    const bool corpus = isTextCorpus(dataset);
    if (path != QLatin1String("demo") && !corpus) {
        m_recent->add(path);
    }
    const bool builtIn = path == QLatin1String("demo") || path == QLatin1String(litetune::kDemoCorpusName);
    const QString shown = builtIn ? tr("demo") : QFileInfo(path).fileName();
    m_datasetStatus->setText(corpus ? tr("Text corpus: %1").arg(shown) : tr("Dataset: %1").arg(shown));
    QSettings().setValue(QStringLiteral("dataset/last"), path);
    if (m_trainOnOpen) {
        m_trainOnOpen = false;
        m_configurePage->requestTrain();
    }
}

void MainWindow::onRunningChanged(bool running) {
    m_actions->pause->setEnabled(running);
    m_actions->cancel->setEnabled(running);
    m_configurePage->setRunning(running);
    m_engineStatus->setText(!running ? tr("Idle") : m_engine->isPaused() ? tr("Paused") : tr("Running"));
    if (!running && m_quitAfterCancel) {
        // The engine has stopped and written its checkpoint; now the window may go.
        QTimer::singleShot(0, this, &QWidget::close);
    }
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (m_engine->isRunning()) {
        event->ignore();
        if (!m_quitAfterCancel) {
            askToQuitDuringRun();
        }
        return;
    }
    saveSettings();
    event->accept();
}

void MainWindow::askToQuitDuringRun() {
    auto* box = new QMessageBox(QMessageBox::Question, tr("Quit LiteTune?"),
                                tr("A run is in progress. Cancel it and quit?\n\nThe run stops after its current step "
                                   "and keeps a checkpoint, so it can be resumed."),
                                QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(QStringLiteral("quitDuringRunBox"));
    box->setDefaultButton(QMessageBox::No);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this](int result) {
        if (result != QMessageBox::Yes || !m_engine->isRunning()) {
            return;
        }
        m_quitAfterCancel = true;
        statusBar()->showMessage(tr("Cancelling the run before quitting…"));
        m_engine->cancel();
    });
    box->open();
}

void MainWindow::showAbout() {
    auto* about = new AboutDialog(m_engine, m_runs->runsRoot(), this);
    about->setAttribute(Qt::WA_DeleteOnClose);
    about->open();
}

void MainWindow::showRunError(const QString& message) {
    // A comparison that fails in its second or third run has finished the ones before: list them.
    m_runs->refresh();
    if (m_quitAfterCancel) {
        return; // the window is closing; the Train place's log keeps the message
    }
    auto* box = new QMessageBox(QMessageBox::Critical, tr("The run failed"), message, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("runFailedBox"));
    box->setInformativeText(tr("Runs that finished before it are kept in the runs folder."));
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::restoreSettings() {
    QSettings settings;
    const QString scheme = ColorScheme::current(); // main() applied the setting or --color-scheme
    for (QAction* action : m_actions->colorSchemeGroup->actions()) {
        action->setChecked(action->data().toString() == scheme);
    }
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        // The first start fits the screen: a 1366 × 768 laptop would otherwise lose the right edge.
        const QSize room = screen() ? screen()->availableGeometry().size() * 0.95 : QSize(1400, 900);
        resize(QSize(1400, 900).boundedTo(room));
    }
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    showPlace(static_cast<Place>(std::clamp(settings.value(QStringLiteral("window/place"), 0).toInt(), 0, 4)));
}

void MainWindow::saveSettings() const {
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/place"), static_cast<int>(currentPlace()));
}
