// MainWindow: the five places (Dataset, Configure, Train, Results, Playground) behind a side
// navigation, with menus, toolbar, shortcuts and status bar. Owns the engine controller and
// the run catalogue, and wires the places to them. Closing mid-run asks, cancels cleanly (the
// engine writes its checkpoint) and closes once the engine has stopped. A run that fails says why
// in a dialog; the runs it finished before failing stay listed.
#pragma once

#include "bridge/EngineTypes.h"

#include <QMainWindow>

class ConfigurePage;
class DatasetPage;
class EngineController;
class MainActions;
class QLabel;
class QListWidget;
class QStackedWidget;
class RecentDatasets;
class ResultsPage;
class RunCatalog;
class TrainPage;

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    enum class Place { Dataset, Configure, Train, Results, Playground };

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    void showPlace(Place place);
    // By name ("dataset", "configure", "train", "results", "playground", or "results/difference" for
    // the Results place's Difference tab); false when unknown.
    bool showPlace(const QString& name);
    Place currentPlace() const;
    void openDemo();
    void openDataset(const QString& path);
    // Starts training with the Configure place's settings as soon as the next dataset opens.
    void trainWhenDatasetOpens() { m_trainOnOpen = true; }

    EngineController* engine() const { return m_engine; }
    RunCatalog* runs() const { return m_runs; }
    DatasetPage* datasetPage() const { return m_datasetPage; }
    ConfigurePage* configurePage() const { return m_configurePage; }
    TrainPage* trainPage() const { return m_trainPage; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createNavigation();
    void connectActions();
    void connectEngine();
    void startTrain(const litetune::TrainConfig& config);
    void startCompare(const litetune::TrainConfig& config);
    void onDatasetOpened(const DatasetHandle& dataset, const litetune::DatasetOptions& options);
    void onRunningChanged(bool running);
    void askToQuitDuringRun();
    void showAbout();
    void showRunError(const QString& message);
    void restoreSettings();
    void saveSettings() const;

    EngineController* m_engine = nullptr;
    RunCatalog* m_runs = nullptr;
    MainActions* m_actions = nullptr;
    RecentDatasets* m_recent = nullptr;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_places = nullptr;
    DatasetPage* m_datasetPage = nullptr;
    ConfigurePage* m_configurePage = nullptr;
    TrainPage* m_trainPage = nullptr;
    ResultsPage* m_resultsPage = nullptr;
    QLabel* m_datasetStatus = nullptr;
    QLabel* m_engineStatus = nullptr;
    bool m_quitAfterCancel = false;
    bool m_trainOnOpen = false;
};
