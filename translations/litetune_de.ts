<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../ui/main/AboutDialog.cpp" line="31"/>
        <source>About LiteTune</source>
        <translation>Über LiteTune</translation>
    </message>
    <message>
        <location filename="../ui/main/AboutDialog.cpp" line="44"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../ui/main/AboutDialog.cpp" line="46"/>
        <source>Copy these facts, e.g. into a bug report</source>
        <translation>Diese Angaben kopieren, z. B. in einen Fehlerbericht</translation>
    </message>
    <message>
        <location filename="../ui/main/AboutDialog.cpp" line="81"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../ui/main/AboutDialog.cpp" line="82"/>
        <source>&lt;h2&gt;LiteTune %1&lt;/h2&gt;&lt;p&gt;Fine-tune GPT-2 text classifiers on the desktop, fully and with LoRA, and compare the runs.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;LiteTune %1&lt;/h2&gt;&lt;p&gt;GPT-2-Textklassifikatoren auf dem Desktop feinabstimmen, vollständig und mit LoRA, und die Läufe vergleichen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/main/AboutDialog.cpp" line="87"/>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <location filename="../ui/main/AboutDialog.cpp" line="87"/>
        <source>%1 (built with %2)</source>
        <translation>%1 (erstellt mit %2)</translation>
    </message>
    <message>
        <location filename="../ui/main/AboutDialog.cpp" line="89"/>
        <location filename="../ui/main/AboutDialog.cpp" line="94"/>
        <source>LibTorch</source>
        <translation>LibTorch</translation>
    </message>
    <message>
        <location filename="../ui/main/AboutDialog.cpp" line="89"/>
        <source>asking the engine…</source>
        <translation>wird bei der Engine erfragt…</translation>
    </message>
    <message>
        <location filename="../ui/main/AboutDialog.cpp" line="98"/>
        <source>The slow reference BLAS is loaded: install libopenblas0-pthread for about 30x faster training.</source>
        <translation>Die langsame Referenz-BLAS ist geladen: Installieren Sie libopenblas0-pthread für ein etwa 30-mal schnelleres Training.</translation>
    </message>
    <message>
        <location filename="../ui/main/AboutDialog.cpp" line="102"/>
        <source>BLAS</source>
        <translation>BLAS</translation>
    </message>
    <message>
        <location filename="../ui/main/AboutDialog.cpp" line="103"/>
        <source>CUDA</source>
        <translation>CUDA</translation>
    </message>
    <message>
        <location filename="../ui/main/AboutDialog.cpp" line="103"/>
        <source>compiled in (CUDA %1)</source>
        <translation>einkompiliert (CUDA %1)</translation>
    </message>
    <message>
        <location filename="../ui/main/AboutDialog.cpp" line="104"/>
        <source>not compiled in (CPU-only LibTorch)</source>
        <translation>nicht einkompiliert (LibTorch nur für die CPU)</translation>
    </message>
    <message>
        <location filename="../ui/main/AboutDialog.cpp" line="105"/>
        <source>CPU threads</source>
        <translation>CPU-Threads</translation>
    </message>
    <message>
        <location filename="../ui/main/AboutDialog.cpp" line="105"/>
        <source>%1 of %2 cores</source>
        <translation>%1 von %2 Kernen</translation>
    </message>
    <message>
        <location filename="../ui/main/AboutDialog.cpp" line="119"/>
        <source>no CUDA device</source>
        <translation>kein CUDA-Gerät</translation>
    </message>
    <message>
        <location filename="../ui/main/AboutDialog.cpp" line="121"/>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <location filename="../ui/main/AboutDialog.cpp" line="124"/>
        <source>Runs folder</source>
        <translation>Ordner der Läufe</translation>
    </message>
    <message>
        <location filename="../ui/main/AboutDialog.cpp" line="127"/>
        <source>Documentation</source>
        <translation>Dokumentation</translation>
    </message>
</context>
<context>
    <name>BatchPredictionModel</name>
    <message>
        <location filename="../ui/playground/BatchPredictionModel.cpp" line="135"/>
        <source>%1 (%2%)</source>
        <translation>%1 (%2&#xa0;%)</translation>
    </message>
    <message>
        <location filename="../ui/playground/BatchPredictionModel.cpp" line="143"/>
        <source>%1: %2%</source>
        <translation>%1: %2&#xa0;%</translation>
    </message>
    <message>
        <location filename="../ui/playground/BatchPredictionModel.cpp" line="160"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../ui/playground/BatchPredictionModel.cpp" line="164"/>
        <source>%1 (partial)</source>
        <translation>%1 (unvollständig)</translation>
    </message>
    <message>
        <location filename="../ui/playground/BatchPredictionModel.cpp" line="197"/>
        <location filename="../ui/playground/BatchPredictionModel.cpp" line="202"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>BatchPredictionPane</name>
    <message>
        <location filename="../ui/playground/BatchPredictionPane.cpp" line="32"/>
        <source>Predict All</source>
        <translation>Alle vorhersagen</translation>
    </message>
    <message>
        <location filename="../ui/playground/BatchPredictionPane.cpp" line="33"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/playground/BatchPredictionPane.cpp" line="34"/>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/playground/BatchPredictionPane.cpp" line="41"/>
        <source>Paste texts here, one per line.</source>
        <translation>Texte hier einfügen, einen pro Zeile.</translation>
    </message>
    <message>
        <location filename="../ui/playground/BatchPredictionPane.cpp" line="45"/>
        <source>Stop asking; the answers made so far stay in the table.</source>
        <translation>Die Befragung beenden; die bisherigen Antworten bleiben in der Tabelle.</translation>
    </message>
    <message>
        <location filename="../ui/playground/BatchPredictionPane.cpp" line="50"/>
        <source>%v / %m texts</source>
        <translation>%v / %m Texte</translation>
    </message>
    <message>
        <location filename="../ui/playground/BatchPredictionPane.cpp" line="122"/>
        <source>Paste texts first, one per line.</source>
        <translation>Fügen Sie zuerst Texte ein, einen pro Zeile.</translation>
    </message>
    <message>
        <location filename="../ui/playground/BatchPredictionPane.cpp" line="130"/>
        <source>no model</source>
        <translation>kein Modell</translation>
    </message>
    <message>
        <location filename="../ui/playground/BatchPredictionPane.cpp" line="170"/>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <location filename="../ui/playground/BatchPredictionPane.cpp" line="188"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/playground/BatchPredictionPane.cpp" line="188"/>
        <source>The batch was cancelled before this run was asked this text.</source>
        <translation>Der Batch wurde abgebrochen, bevor dieser Lauf zu diesem Text befragt wurde.</translation>
    </message>
    <message>
        <location filename="../ui/playground/BatchPredictionPane.cpp" line="216"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location filename="../ui/playground/BatchPredictionPane.cpp" line="221"/>
        <source>Cancelled after %1 of %2 answers; columns marked (partial) lack the rest.</source>
        <translation>Nach %1 von %2 Antworten abgebrochen; den mit (unvollständig) markierten Spalten fehlt der Rest.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/playground/BatchPredictionPane.cpp" line="225"/>
        <source>%n text(s), %1 run(s)</source>
        <translation>
            <numerusform>%n Text, Läufe: %1</numerusform>
            <numerusform>%n Texte, Läufe: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/playground/BatchPredictionPane.cpp" line="251"/>
        <location filename="../ui/playground/BatchPredictionPane.cpp" line="258"/>
        <source>Export Predictions</source>
        <translation>Vorhersagen exportieren</translation>
    </message>
    <message>
        <location filename="../ui/playground/BatchPredictionPane.cpp" line="252"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/playground/BatchPredictionPane.cpp" line="266"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
</context>
<context>
    <name>BestMetricAdvisor</name>
    <message>
        <location filename="../ui/configure/BestMetricAdvisor.cpp" line="68"/>
        <source>a class has no training example</source>
        <translation>eine Klasse hat kein Trainingsbeispiel</translation>
    </message>
    <message>
        <location filename="../ui/configure/BestMetricAdvisor.cpp" line="69"/>
        <source>largest %1× the smallest</source>
        <translation>die größte %1× so groß wie die kleinste</translation>
    </message>
    <message>
        <location filename="../ui/configure/BestMetricAdvisor.cpp" line="70"/>
        <source>Classes are imbalanced (%1): macro-F1 weighs every class equally.</source>
        <translation>Die Klassen sind unausgewogen (%1): Makro-F1 gewichtet jede Klasse gleich.</translation>
    </message>
</context>
<context>
    <name>CleaningBanner</name>
    <message>
        <location filename="../ui/dataset/CleaningBanner.cpp" line="32"/>
        <source>Clean text</source>
        <translation>Text bereinigen</translation>
    </message>
    <message>
        <location filename="../ui/dataset/CleaningBanner.cpp" line="42"/>
        <source>Open the dataset again with invisible characters dropped and white space collapsed.</source>
        <translation>Den Datensatz erneut öffnen, ohne unsichtbare Zeichen und mit zusammengefassten Leerräumen.</translation>
    </message>
    <message>
        <location filename="../ui/dataset/CleaningBanner.cpp" line="62"/>
        <source>%1% of the training texts hold invisible characters or extra white space, but only %2% of the validation texts. A model can learn these leftovers instead of the text.</source>
        <translation>%1&#xa0;% der Trainingstexte enthalten unsichtbare Zeichen oder überzählige Leerräume, aber nur %2&#xa0;% der Validierungstexte. Ein Modell kann diese Überreste statt des Textes lernen.</translation>
    </message>
    <message>
        <location filename="../ui/dataset/CleaningBanner.cpp" line="68"/>
        <source>%1% of the training texts hold invisible characters or extra white space, but only %2% of the test texts. A model can learn these leftovers instead of the text.</source>
        <translation>%1&#xa0;% der Trainingstexte enthalten unsichtbare Zeichen oder überzählige Leerräume, aber nur %2&#xa0;% der Testtexte. Ein Modell kann diese Überreste statt des Textes lernen.</translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <location filename="../ui/dataset/ColumnMappingDialog.cpp" line="33"/>
        <source>Choose Columns</source>
        <translation>Spalten wählen</translation>
    </message>
    <message>
        <location filename="../ui/dataset/ColumnMappingDialog.cpp" line="40"/>
        <source>The column with the text to classify.</source>
        <translation>Die Spalte mit dem zu klassifizierenden Text.</translation>
    </message>
    <message>
        <location filename="../ui/dataset/ColumnMappingDialog.cpp" line="41"/>
        <source>The column with the class of each text (a name, an emoji or a number).</source>
        <translation>Die Spalte mit der Klasse jedes Textes (ein Name, ein Emoji oder eine Zahl).</translation>
    </message>
    <message>
        <location filename="../ui/dataset/ColumnMappingDialog.cpp" line="43"/>
        <source>LiteTune could not tell which columns of &lt;b&gt;%1&lt;/b&gt; to use. Pick the text and the label column.</source>
        <translation>LiteTune konnte nicht erkennen, welche Spalten von &lt;b&gt;%1&lt;/b&gt; zu verwenden sind. Wählen Sie die Text- und die Label-Spalte.</translation>
    </message>
    <message>
        <location filename="../ui/dataset/ColumnMappingDialog.cpp" line="54"/>
        <source>&amp;Text column:</source>
        <translation>&amp;Textspalte:</translation>
    </message>
    <message>
        <location filename="../ui/dataset/ColumnMappingDialog.cpp" line="55"/>
        <source>&amp;Label column:</source>
        <translation>&amp;Label-Spalte:</translation>
    </message>
</context>
<context>
    <name>ConfigDiff</name>
    <message>
        <location filename="../ui/results/ConfigDiff.cpp" line="12"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../ui/results/ConfigDiff.cpp" line="15"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>ConfigSettings</name>
    <message>
        <location filename="../ui/configure/ConfigSettings.cpp" line="143"/>
        <source>Saved setting %1 = “%2” ignored (%3); using the default %4.</source>
        <translation>Gespeicherte Einstellung %1 = „%2“ ignoriert (%3); stattdessen wird der Standardwert %4 verwendet.</translation>
    </message>
    <message>
        <location filename="../ui/configure/ConfigSettings.cpp" line="147"/>
        <source>Removed unknown saved settings: %1.</source>
        <translation>Unbekannte gespeicherte Einstellungen entfernt: %1.</translation>
    </message>
</context>
<context>
    <name>ConfigValidator</name>
    <message>
        <location filename="../ui/configure/ConfigValidator.cpp" line="16"/>
        <location filename="../ui/configure/ConfigurePage.cpp" line="241"/>
        <source>Choose a model.</source>
        <translation>Wählen Sie ein Modell.</translation>
    </message>
    <message>
        <location filename="../ui/configure/ConfigValidator.cpp" line="12"/>
        <source>Open a dataset first (Dataset place, Ctrl+O).</source>
        <translation>Öffnen Sie zuerst einen Datensatz (Bereich Datensatz, Strg+O).</translation>
    </message>
    <message>
        <location filename="../ui/configure/ConfigValidator.cpp" line="19"/>
        <source>The model folder %1 has no config.json.</source>
        <translation>Der Modellordner %1 enthält keine config.json.</translation>
    </message>
    <message>
        <location filename="../ui/configure/ConfigValidator.cpp" line="23"/>
        <source>Option --%1 %2.</source>
        <translation>Option --%1 %2.</translation>
    </message>
    <message>
        <location filename="../ui/configure/ConfigValidator.cpp" line="35"/>
        <source>LoRA needs at least one target module (for example c_attn).</source>
        <translation>LoRA braucht mindestens ein Zielmodul (zum Beispiel c_attn).</translation>
    </message>
</context>
<context>
    <name>ConfigurePage</name>
    <message>
        <location filename="../ui/configure/ConfigurePage.cpp" line="74"/>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <location filename="../ui/configure/ConfigurePage.cpp" line="75"/>
        <source>Quick demo</source>
        <translation>Schnelle Demo</translation>
    </message>
    <message>
        <location filename="../ui/configure/ConfigurePage.cpp" line="76"/>
        <source>Reproduce the reference experiment</source>
        <translation>Referenzexperiment nachstellen</translation>
    </message>
    <message>
        <location filename="../ui/configure/ConfigurePage.cpp" line="77"/>
        <source>Reference experiment: GPT-2 from the Hugging Face cache, full fine-tune vs LoRA, 1 epoch, learning rate 5e-5, batch 8, max length 128, seed 42.</source>
        <translation>Referenzexperiment: GPT-2 aus dem Hugging-Face-Cache, vollständige Feinabstimmung gegen LoRA, 1 Epoche, Lernrate 5e-5, Batch 8, maximale Länge 128, Seed 42.</translation>
    </message>
    <message>
        <location filename="../ui/configure/ConfigurePage.cpp" line="82"/>
        <source>The pretrained GPT-2 to start from.</source>
        <translation>Das vortrainierte GPT-2, von dem aus trainiert wird.</translation>
    </message>
    <message>
        <location filename="../ui/configure/ConfigurePage.cpp" line="83"/>
        <source>Folder…</source>
        <translation>Ordner…</translation>
    </message>
    <message>
        <location filename="../ui/configure/ConfigurePage.cpp" line="85"/>
        <source>Choose a local Hugging Face model folder (config.json, weights, vocab.json, merges.txt).</source>
        <translation>Einen lokalen Hugging-Face-Modellordner wählen (config.json, Gewichte, vocab.json, merges.txt).</translation>
    </message>
    <message>
        <location filename="../ui/configure/ConfigurePage.cpp" line="87"/>
        <source>Download…</source>
        <translation>Herunterladen…</translation>
    </message>
    <message>
        <location filename="../ui/configure/ConfigurePage.cpp" line="89"/>
        <source>Download a model from the Hugging Face Hub into the Hugging Face cache.</source>
        <translation>Ein Modell vom Hugging Face Hub in den Hugging-Face-Cache herunterladen.</translation>
    </message>
    <message>
        <location filename="../ui/configure/ConfigurePage.cpp" line="111"/>
        <source>Where the model runs: the CPU, or one of the CUDA GPUs LibTorch sees.</source>
        <translation>Wo das Modell läuft: auf der CPU oder auf einer der CUDA-GPUs, die LibTorch erkennt.</translation>
    </message>
    <message>
        <location filename="../ui/configure/ConfigurePage.cpp" line="113"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../ui/configure/ConfigurePage.cpp" line="115"/>
        <source>&amp;Preset:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <location filename="../ui/configure/ConfigurePage.cpp" line="117"/>
        <source>M&amp;odel:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <location filename="../ui/configure/ConfigurePage.cpp" line="121"/>
        <source>Dataset:</source>
        <translation>Datensatz:</translation>
    </message>
    <message>
        <location filename="../ui/configure/ConfigurePage.cpp" line="122"/>
        <source>D&amp;evice:</source>
        <translation>&amp;Gerät:</translation>
    </message>
    <message>
        <location filename="../ui/configure/ConfigurePage.cpp" line="129"/>
        <source>Train</source>
        <translation>Trainieren</translation>
    </message>
    <message>
        <location filename="../ui/configure/ConfigurePage.cpp" line="131"/>
        <source>Run the chosen method with these settings (Ctrl+R).</source>
        <translation>Die gewählte Methode mit diesen Einstellungen ausführen (Strg+R).</translation>
    </message>
    <message>
        <location filename="../ui/configure/ConfigurePage.cpp" line="133"/>
        <source>Compare base → full → LoRA</source>
        <translation>Vergleich Basis → voll → LoRA</translation>
    </message>
    <message>
        <location filename="../ui/configure/ConfigurePage.cpp" line="259"/>
        <source>%1 — %2 documents of raw text (no labels)</source>
        <translation>%1 — %2 Dokumente Rohtext (ohne Labels)</translation>
    </message>
    <message>
        <location filename="../ui/configure/ConfigurePage.cpp" line="381"/>
        <source>Compare sets classifiers side by side; a text corpus trains a causal language model with Train.</source>
        <translation>Der Vergleich stellt Klassifikatoren nebeneinander; ein Textkorpus trainiert ein kausales Sprachmodell mit „Trainieren“.</translation>
    </message>
    <message>
        <location filename="../ui/configure/ConfigurePage.cpp" line="383"/>
        <source>Evaluate the base model, then fine-tune fully, then with LoRA, sharing data and settings (Ctrl+Shift+R).</source>
        <translation>Erst das Basismodell evaluieren, dann vollständig feinabstimmen, dann mit LoRA – mit denselben Daten und Einstellungen (Strg+Umschalt+R).</translation>
    </message>
    <message>
        <location filename="../ui/configure/ConfigurePage.cpp" line="154"/>
        <source>Built-in demo model (tiny GPT-2)</source>
        <translation>Eingebautes Demomodell (winziges GPT-2)</translation>
    </message>
    <message>
        <location filename="../ui/configure/ConfigurePage.cpp" line="156"/>
        <source>%1 (Hugging Face cache)</source>
        <translation>%1 (Hugging-Face-Cache)</translation>
    </message>
    <message>
        <location filename="../ui/configure/DeviceChoices.cpp" line="18"/>
        <source>Automatic (a GPU when there is one)</source>
        <translation>Automatisch (GPU, falls vorhanden)</translation>
    </message>
    <message>
        <location filename="../ui/configure/DeviceChoices.cpp" line="19"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../ui/configure/DeviceChoices.cpp" line="39"/>
        <source>All GPUs (%1)</source>
        <translation>Alle GPUs (%1)</translation>
    </message>
    <message>
        <location filename="../ui/configure/ConfigurePage.cpp" line="210"/>
        <source>Choose a Model Folder</source>
        <translation>Modellordner wählen</translation>
    </message>
    <message>
        <location filename="../ui/configure/ConfigurePage.cpp" line="242"/>
        <source>GPT-2 is not in the Hugging Face cache (%1). Download it there, or choose a local model folder.</source>
        <translation>GPT-2 ist nicht im Hugging-Face-Cache (%1). Laden Sie es dorthin herunter oder wählen Sie einen lokalen Modellordner.</translation>
    </message>
    <message>
        <location filename="../ui/configure/ConfigurePage.cpp" line="261"/>
        <source>%1 — %2 examples, %3 labels</source>
        <translation>%1 – %2 Beispiele, %3 Labels</translation>
    </message>
    <message>
        <location filename="../ui/configure/ConfigurePage.cpp" line="288"/>
        <source>GPT-2 (not in the Hugging Face cache)</source>
        <translation>GPT-2 (nicht im Hugging-Face-Cache)</translation>
    </message>
    <message>
        <location filename="../ui/configure/ConfigurePage.cpp" line="359"/>
        <source>none — open one in the Dataset place</source>
        <translation>keiner – im Bereich Datensatz einen öffnen</translation>
    </message>
    <message>
        <location filename="../ui/configure/ConfigurePage.cpp" line="374"/>
        <source>A run is in progress (Train place).</source>
        <translation>Ein Lauf ist im Gange (Bereich Training).</translation>
    </message>
</context>
<context>
    <name>ConfusionMatrixPlot</name>
    <message>
        <location filename="../ui/results/ConfusionMatrixPlot.cpp" line="22"/>
        <source>Predicted</source>
        <translation>Vorhergesagt</translation>
    </message>
    <message>
        <location filename="../ui/results/ConfusionMatrixPlot.cpp" line="23"/>
        <source>True</source>
        <translation>Tatsächlich</translation>
    </message>
    <message>
        <location filename="../ui/results/ConfusionMatrixPlot.cpp" line="73"/>
        <location filename="../ui/results/ConfusionMatrixPlot.cpp" line="107"/>
        <source>true %1 → predicted %2: %3</source>
        <translation>tatsächlich %1 → vorhergesagt %2: %3</translation>
    </message>
    <message>
        <location filename="../ui/results/ConfusionMatrixPlot.cpp" line="110"/>
        <source> (%1% of this true label)</source>
        <translation> (%1&#xa0;% dieses tatsächlichen Labels)</translation>
    </message>
</context>
<context>
    <name>DatasetFilterBar</name>
    <message>
        <location filename="../ui/dataset/DatasetFilterBar.cpp" line="23"/>
        <source>Search text…</source>
        <translation>Text suchen…</translation>
    </message>
    <message>
        <location filename="../ui/dataset/DatasetFilterBar.cpp" line="26"/>
        <source>Show one split only.</source>
        <translation>Nur einen Split anzeigen.</translation>
    </message>
    <message>
        <location filename="../ui/dataset/DatasetFilterBar.cpp" line="28"/>
        <source>Show one label only.</source>
        <translation>Nur ein Label anzeigen.</translation>
    </message>
    <message>
        <location filename="../ui/dataset/DatasetFilterBar.cpp" line="60"/>
        <source>All splits</source>
        <translation>Alle Splits</translation>
    </message>
    <message>
        <location filename="../ui/dataset/DatasetFilterBar.cpp" line="62"/>
        <source>All labels</source>
        <translation>Alle Labels</translation>
    </message>
    <message>
        <location filename="../ui/dataset/DatasetFilterBar.cpp" line="81"/>
        <source>All rows</source>
        <translation>Alle Zeilen</translation>
    </message>
    <message>
        <location filename="../ui/dataset/DatasetFilterBar.cpp" line="84"/>
        <location filename="../ui/dataset/DatasetFilterBar.cpp" line="126"/>
        <source>Misclassified by %1</source>
        <translation>Falsch klassifiziert von %1</translation>
    </message>
    <message>
        <location filename="../ui/dataset/DatasetFilterBar.cpp" line="90"/>
        <location filename="../ui/dataset/DatasetFilterBar.cpp" line="124"/>
        <source>Fixed by %1 vs %2</source>
        <translation>Behoben von %1 gegenüber %2</translation>
    </message>
    <message>
        <location filename="../ui/dataset/DatasetFilterBar.cpp" line="91"/>
        <location filename="../ui/dataset/DatasetFilterBar.cpp" line="125"/>
        <source>Broken by %1 vs %2</source>
        <translation>Verschlechtert von %1 gegenüber %2</translation>
    </message>
    <message>
        <location filename="../ui/dataset/DatasetFilterBar.cpp" line="94"/>
        <source>Runs disagree</source>
        <translation>Läufe uneinig</translation>
    </message>
    <message>
        <location filename="../ui/dataset/DatasetFilterBar.cpp" line="97"/>
        <source>Highest loss first</source>
        <translation>Höchster Verlust zuerst</translation>
    </message>
    <message>
        <location filename="../ui/dataset/DatasetFilterBar.cpp" line="101"/>
        <source>Views that use the predictions of finished runs on this dataset.</source>
        <translation>Ansichten, die die Vorhersagen abgeschlossener Läufe auf diesem Datensatz nutzen.</translation>
    </message>
    <message>
        <location filename="../ui/dataset/DatasetFilterBar.cpp" line="102"/>
        <source>Finished runs on this dataset add views such as &quot;misclassified by run&quot;.</source>
        <translation>Abgeschlossene Läufe auf diesem Datensatz fügen Ansichten wie „falsch klassifiziert von Lauf“ hinzu.</translation>
    </message>
    <message>
        <location filename="../ui/dataset/DatasetFilterBar.cpp" line="153"/>
        <source>%1 of %2 rows</source>
        <translation>%1 von %2 Zeilen</translation>
    </message>
</context>
<context>
    <name>DatasetLoadingView</name>
    <message>
        <location filename="../ui/dataset/DatasetLoadingView.cpp" line="29"/>
        <location filename="../ui/dataset/DatasetLoadingView.cpp" line="70"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/dataset/DatasetLoadingView.cpp" line="42"/>
        <source>Stop opening this dataset; the one open before stays open.</source>
        <translation>Das Öffnen dieses Datensatzes abbrechen; der zuvor geöffnete bleibt geöffnet.</translation>
    </message>
    <message>
        <location filename="../ui/dataset/DatasetLoadingView.cpp" line="65"/>
        <source>Opening %1</source>
        <translation>%1 wird geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/dataset/DatasetLoadingView.cpp" line="68"/>
        <source>Waits for the current run to end.</source>
        <translation>Wartet, bis der aktuelle Lauf beendet ist.</translation>
    </message>
    <message>
        <location filename="../ui/dataset/DatasetLoadingView.cpp" line="68"/>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dataset/DatasetLoadingView.cpp" line="91"/>
        <source>%n row(s) read</source>
        <translation>
            <numerusform>%n Zeile gelesen</numerusform>
            <numerusform>%n Zeilen gelesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dataset/DatasetLoadingView.cpp" line="97"/>
        <source>%n row(s) read; checking them and building the splits…</source>
        <translation>
            <numerusform>%n Zeile gelesen; sie wird geprüft, und die Splits werden gebildet…</numerusform>
            <numerusform>%n Zeilen gelesen; sie werden geprüft, und die Splits werden gebildet…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dataset/DatasetLoadingView.cpp" line="98"/>
        <source>%1 of %2 · %n row(s)</source>
        <translation>
            <numerusform>%1 von %2 · %n Zeile</numerusform>
            <numerusform>%1 von %2 · %n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dataset/DatasetLoadingView.cpp" line="115"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location filename="../ui/dataset/DatasetLoadingView.cpp" line="116"/>
        <source>Stopping…</source>
        <translation>Wird angehalten…</translation>
    </message>
</context>
<context>
    <name>DatasetPage</name>
    <message>
        <location filename="../ui/dataset/DatasetPageWidgets.cpp" line="47"/>
        <source>Open Dataset…</source>
        <translation>Datensatz öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/dataset/DatasetPageWidgets.cpp" line="34"/>
        <source>LiteTune fine-tunes GPT-2 on a dataset of labelled texts and shows how well each run classifies them. Open your own CSV, TSV, JSON Lines, TweetEval folder or archive (or drop it here), or try the built-in demo, which trains in about a minute.</source>
        <translation>LiteTune stimmt GPT-2 auf einem Datensatz gelabelter Texte fein ab und zeigt, wie gut jeder Lauf sie klassifiziert. Öffnen Sie eine eigene CSV-, TSV- oder JSON-Lines-Datei, einen TweetEval-Ordner oder ein Archiv (oder ziehen Sie es hierher) oder probieren Sie die eingebaute Demo aus, die in etwa einer Minute trainiert.</translation>
    </message>
    <message>
        <location filename="../ui/dataset/DatasetPageWidgets.cpp" line="49"/>
        <source>Try the Demo</source>
        <translation>Demo ausprobieren</translation>
    </message>
    <message>
        <location filename="../ui/dataset/DatasetPageWidgets.cpp" line="51"/>
        <source>The built-in demo data and the tiny demo model, with settings that train in about a minute.</source>
        <translation>Die eingebauten Demodaten und das winzige Demomodell, mit Einstellungen, mit denen das Training etwa eine Minute dauert.</translation>
    </message>
    <message>
        <location filename="../ui/dataset/DatasetPageWidgets.cpp" line="58"/>
        <source>Or try the demo text corpus (raw text without labels, for a causal language model)</source>
        <translation>Oder probieren Sie das Demo-Textkorpus aus (Rohtext ohne Labels, für ein kausales Sprachmodell)</translation>
    </message>
    <message>
        <location filename="../ui/dataset/DatasetPageWidgets.cpp" line="93"/>
        <source>Welcome to LiteTune</source>
        <translation>Willkommen bei LiteTune</translation>
    </message>
    <message>
        <location filename="../ui/dataset/DatasetPageWidgets.cpp" line="93"/>
        <source>Open a dataset</source>
        <translation>Datensatz öffnen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dataset/DatasetPageWidgets.cpp" line="95"/>
        <source>%n earlier run(s) in Results: open a run&apos;s dataset to see its predictions here.</source>
        <translation>
            <numerusform>%n früherer Lauf im Bereich Ergebnisse: Öffnen Sie den Datensatz eines Laufs, um hier seine Vorhersagen zu sehen.</numerusform>
            <numerusform>%n frühere Läufe im Bereich Ergebnisse: Öffnen Sie den Datensatz eines Laufs, um hier seine Vorhersagen zu sehen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dataset/DatasetPageWidgets.cpp" line="119"/>
        <source>Emoji</source>
        <translation>Emoji</translation>
    </message>
    <message>
        <location filename="../ui/dataset/DatasetPageWidgets.cpp" line="127"/>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <location filename="../ui/dataset/DatasetPageWidgets.cpp" line="128"/>
        <source>Token lengths</source>
        <translation>Token-Längen</translation>
    </message>
    <message>
        <location filename="../ui/dataset/DatasetPageWidgets.cpp" line="153"/>
        <source>Clean text</source>
        <translation>Text bereinigen</translation>
    </message>
    <message>
        <location filename="../ui/dataset/DatasetPageWidgets.cpp" line="155"/>
        <source>Drop invisible characters, such as the U+FE0F left where an emoji was deleted, and collapse white space in every text. The dataset opens again, and runs train on the cleaned texts.</source>
        <translation>Entfernt unsichtbare Zeichen, etwa das U+FE0F, das beim Löschen eines Emojis zurückblieb, und fasst Leerräume in jedem Text zusammen. Der Datensatz wird neu geöffnet, und Läufe trainieren mit den bereinigten Texten.</translation>
    </message>
    <message>
        <location filename="../ui/dataset/DatasetPage.cpp" line="60"/>
        <source>Cancelled opening %1.</source>
        <translation>Öffnen von %1 abgebrochen.</translation>
    </message>
    <message>
        <location filename="../ui/dataset/DatasetPage.cpp" line="78"/>
        <source>Open Dataset</source>
        <translation>Datensatz öffnen</translation>
    </message>
    <message>
        <location filename="../ui/dataset/DatasetPage.cpp" line="79"/>
        <source>Datasets (*.csv *.tsv *.jsonl *.json *.zip *.tar *.tar.gz *.tgz *.tar.xz *.gz *.xz *.zst);;All files (*)</source>
        <translation>Datensätze (*.csv *.tsv *.jsonl *.json *.zip *.tar *.tar.gz *.tgz *.tar.xz *.gz *.xz *.zst);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/dataset/DatasetPage.cpp" line="108"/>
        <source>%1 opens when the current run ends.</source>
        <translation>%1 wird geöffnet, sobald der aktuelle Lauf beendet ist.</translation>
    </message>
    <message>
        <location filename="../ui/dataset/DatasetPage.cpp" line="109"/>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dataset/DatasetPage.cpp" line="159"/>
        <source>Opened %1: %n example(s)</source>
        <translation>
            <numerusform>%1 geöffnet: %n Beispiel</numerusform>
            <numerusform>%1 geöffnet: %n Beispiele</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dataset/DatasetPage.cpp" line="185"/>
        <source>Could not open the dataset: %1</source>
        <translation>Der Datensatz konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/dataset/DatasetPage.cpp" line="286"/>
        <source>Samples of &lt;b&gt;%1&lt;/b&gt; that &lt;b&gt;%2&lt;/b&gt; predicted as &lt;b&gt;%3&lt;/b&gt;. &lt;a href=&quot;all&quot;&gt;Show all rows&lt;/a&gt;</source>
        <translation>Beispiele mit Label &lt;b&gt;%1&lt;/b&gt;, die &lt;b&gt;%2&lt;/b&gt; als &lt;b&gt;%3&lt;/b&gt; vorhergesagt hat. &lt;a href=&quot;all&quot;&gt;Alle Zeilen anzeigen&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../ui/dataset/DatasetPageCorpus.cpp" line="28"/>
        <source>Open Text Corpus</source>
        <translation>Textkorpus öffnen</translation>
    </message>
    <message>
        <location filename="../ui/dataset/DatasetPageCorpus.cpp" line="28"/>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Textdateien (*.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/dataset/DatasetPageCorpus.cpp" line="35"/>
        <source>Open a Folder of Text Files</source>
        <translation>Ordner mit Textdateien öffnen</translation>
    </message>
    <message>
        <location filename="../ui/dataset/DatasetPageCorpus.cpp" line="60"/>
        <source>%1 training documents</source>
        <translation>%1 Trainingsdokumente</translation>
    </message>
    <message>
        <location filename="../ui/dataset/DatasetPageCorpus.cpp" line="61"/>
        <source>%1 validation documents</source>
        <translation>%1 Validierungsdokumente</translation>
    </message>
    <message>
        <location filename="../ui/dataset/DatasetPageCorpus.cpp" line="62"/>
        <source>%1 documents (%2)</source>
        <translation>%1 Dokumente (%2)</translation>
    </message>
    <message>
        <location filename="../ui/dataset/DatasetPageCorpus.cpp" line="64"/>
        <source>Text corpus for causal-LM training: %1. No labels: the model learns to continue the text.</source>
        <translation>Textkorpus für das Training eines kausalen Sprachmodells: %1. Keine Labels: Das Modell lernt, den Text fortzusetzen.</translation>
    </message>
    <message>
        <location filename="../ui/dataset/DatasetPageTokens.cpp" line="71"/>
        <source>No model is chosen, so tokens are not counted: choose one in Configure.</source>
        <translation>Kein Modell gewählt, daher werden keine Tokens gezählt: Wählen Sie eines im Bereich Konfiguration.</translation>
    </message>
    <message>
        <location filename="../ui/dataset/DatasetPageTokens.cpp" line="73"/>
        <source>Loading the demo model&apos;s tokenizer…</source>
        <translation>Der Tokenizer des Demomodells wird geladen…</translation>
    </message>
    <message>
        <location filename="../ui/dataset/DatasetPageTokens.cpp" line="74"/>
        <source>Loading %1&apos;s tokenizer…</source>
        <translation>Der Tokenizer von %1 wird geladen…</translation>
    </message>
    <message>
        <location filename="../ui/dataset/DatasetPageTokens.cpp" line="76"/>
        <source>Tokens counted with the demo model&apos;s byte-level tokenizer: one token per byte, several times GPT-2&apos;s count. Choose another model in Configure to count with its tokenizer.</source>
        <translation>Tokens gezählt mit dem Byte-Tokenizer des Demomodells: ein Token pro Byte, ein Vielfaches der Anzahl bei GPT-2. Wählen Sie im Bereich Konfiguration ein anderes Modell, um mit dessen Tokenizer zu zählen.</translation>
    </message>
    <message>
        <location filename="../ui/dataset/DatasetPageTokens.cpp" line="79"/>
        <source>Tokens counted with %1&apos;s tokenizer, the model chosen in Configure.</source>
        <translation>Tokens gezählt mit dem Tokenizer von %1, dem im Bereich Konfiguration gewählten Modell.</translation>
    </message>
</context>
<context>
    <name>DatasetTableModel</name>
    <message>
        <location filename="../ui/dataset/DatasetTableModel.cpp" line="91"/>
        <source>(none)</source>
        <translation>(keins)</translation>
    </message>
    <message>
        <location filename="../ui/dataset/DatasetTableModel.cpp" line="130"/>
        <source>Split</source>
        <translation>Split</translation>
    </message>
    <message>
        <location filename="../ui/dataset/DatasetTableModel.cpp" line="132"/>
        <source>Emoji</source>
        <translation>Emoji</translation>
    </message>
    <message>
        <location filename="../ui/dataset/DatasetTableModel.cpp" line="134"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../ui/dataset/DatasetTableModel.cpp" line="136"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
</context>
<context>
    <name>DiffSampleModel</name>
    <message>
        <location filename="../ui/results/DiffSampleModel.cpp" line="45"/>
        <source>%1 · %2%</source>
        <translation>%1 · %2&#xa0;%</translation>
    </message>
    <message>
        <location filename="../ui/results/DiffSampleModel.cpp" line="52"/>
        <source>Right, with probability %1</source>
        <translation>Richtig, mit Wahrscheinlichkeit %1</translation>
    </message>
    <message>
        <location filename="../ui/results/DiffSampleModel.cpp" line="53"/>
        <source>Wrong, with probability %1</source>
        <translation>Falsch, mit Wahrscheinlichkeit %1</translation>
    </message>
    <message>
        <location filename="../ui/results/DiffSampleModel.cpp" line="82"/>
        <source>Open the runs&apos; dataset in the Dataset place to see the texts.</source>
        <translation>Öffnen Sie den Datensatz der Läufe im Bereich Datensatz, um die Texte zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/results/DiffSampleModel.cpp" line="113"/>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../ui/results/DiffSampleModel.cpp" line="115"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../ui/results/DiffSampleModel.cpp" line="117"/>
        <source>True label</source>
        <translation>Tatsächliches Label</translation>
    </message>
    <message>
        <location filename="../ui/results/DiffSampleModel.cpp" line="119"/>
        <source>A predicted</source>
        <translation>Vorhersage A</translation>
    </message>
    <message>
        <location filename="../ui/results/DiffSampleModel.cpp" line="121"/>
        <source>B predicted</source>
        <translation>Vorhersage B</translation>
    </message>
</context>
<context>
    <name>DifferenceMatrixPlot</name>
    <message>
        <location filename="../ui/results/DifferenceMatrixPlot.cpp" line="28"/>
        <source>B − A</source>
        <translation>B − A</translation>
    </message>
    <message>
        <location filename="../ui/results/DifferenceMatrixPlot.cpp" line="45"/>
        <source>Predicted</source>
        <translation>Vorhergesagt</translation>
    </message>
    <message>
        <location filename="../ui/results/DifferenceMatrixPlot.cpp" line="46"/>
        <source>True</source>
        <translation>Tatsächlich</translation>
    </message>
    <message>
        <location filename="../ui/results/DifferenceMatrixPlot.cpp" line="135"/>
        <source>correct</source>
        <translation>richtig</translation>
    </message>
    <message>
        <location filename="../ui/results/DifferenceMatrixPlot.cpp" line="135"/>
        <source>mistaken</source>
        <translation>falsch</translation>
    </message>
    <message>
        <location filename="../ui/results/DifferenceMatrixPlot.cpp" line="136"/>
        <source>true %1 → predicted %2: %3 (B − A)</source>
        <translation>tatsächlich %1 → vorhergesagt %2: %3 (B − A)</translation>
    </message>
</context>
<context>
    <name>DownloadDialog</name>
    <message>
        <location filename="../ui/download/DownloadDialog.cpp" line="32"/>
        <source>&amp;Download</source>
        <translation>&amp;Herunterladen</translation>
    </message>
    <message>
        <location filename="../ui/download/DownloadDialog.cpp" line="33"/>
        <source>Download a Model</source>
        <translation>Modell herunterladen</translation>
    </message>
    <message>
        <location filename="../ui/download/DownloadDialog.cpp" line="38"/>
        <source>The model&apos;s repository on the Hugging Face Hub, as ORGANIZATION/NAME. A copied address (https://huggingface.co/…) works too.</source>
        <translation>Das Repository des Modells auf dem Hugging Face Hub, als ORGANISATION/NAME. Eine kopierte Adresse (https://huggingface.co/…) funktioniert auch.</translation>
    </message>
    <message>
        <location filename="../ui/download/DownloadDialog.cpp" line="41"/>
        <source>A branch, a tag or a commit hash.</source>
        <translation>Ein Branch, ein Tag oder ein Commit-Hash.</translation>
    </message>
    <message>
        <location filename="../ui/download/DownloadDialog.cpp" line="48"/>
        <source>&amp;Repository:</source>
        <translation>&amp;Repository:</translation>
    </message>
    <message>
        <location filename="../ui/download/DownloadDialog.cpp" line="49"/>
        <source>Re&amp;vision:</source>
        <translation>Re&amp;vision:</translation>
    </message>
    <message>
        <location filename="../ui/download/DownloadDialog.cpp" line="51"/>
        <source>Models are stored in the Hugging Face cache, shared with Python tools: %1</source>
        <translation>Modelle werden im Hugging-Face-Cache gespeichert, den auch Python-Werkzeuge nutzen: %1</translation>
    </message>
    <message>
        <location filename="../ui/download/DownloadDialog.cpp" line="56"/>
        <source>Offline mode is on (HF_HUB_OFFLINE): only models already in the cache open.</source>
        <translation>Der Offline-Modus ist aktiv (HF_HUB_OFFLINE): Nur Modelle, die schon im Cache liegen, lassen sich öffnen.</translation>
    </message>
    <message>
        <location filename="../ui/download/DownloadDialog.cpp" line="62"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location filename="../ui/download/DownloadDialog.cpp" line="82"/>
        <source>not in this repository (optional)</source>
        <translation>nicht in diesem Repository (optional)</translation>
    </message>
    <message>
        <location filename="../ui/download/DownloadDialog.cpp" line="139"/>
        <source>Downloading %1 from %2…</source>
        <translation>%1 wird von %2 heruntergeladen…</translation>
    </message>
    <message>
        <location filename="../ui/download/DownloadDialog.cpp" line="175"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>EngineController</name>
    <message>
        <location filename="../ui/bridge/EngineController.cpp" line="137"/>
        <source>No free TCP port on 127.0.0.1 for the workers of the data-parallel run to meet at.</source>
        <translation>Kein freier TCP-Port auf 127.0.0.1, an dem sich die Worker des datenparallelen Laufs treffen könnten.</translation>
    </message>
</context>
<context>
    <name>EngineWorker</name>
    <message>
        <location filename="../ui/bridge/EngineWorker.cpp" line="72"/>
        <source>The dataset has no split named &quot;%1&quot;.</source>
        <translation>Der Datensatz hat keinen Split namens „%1“.</translation>
    </message>
    <message>
        <location filename="../ui/bridge/EngineWorker.cpp" line="226"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../ui/bridge/EngineWorker.cpp" line="231"/>
        <source>The engine failed: %1</source>
        <translation>Die Engine ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/bridge/EngineWorker.cpp" line="233"/>
        <source>The engine failed with an unknown error.</source>
        <translation>Die Engine ist mit einem unbekannten Fehler fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>ExportRunsDialog</name>
    <message>
        <location filename="../ui/report/ExportRunsDialog.cpp" line="19"/>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <location filename="../ui/report/ExportRunsDialog.cpp" line="23"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/report/ExportRunsDialog.cpp" line="30"/>
        <source>Choose File…</source>
        <translation>Datei wählen…</translation>
    </message>
    <message>
        <location filename="../ui/report/ExportRunsDialog.cpp" line="32"/>
        <source>Runs in the report, one column each:</source>
        <translation>Läufe im Bericht, je eine Spalte:</translation>
    </message>
</context>
<context>
    <name>F1DeltaPlot</name>
    <message>
        <location filename="../ui/results/F1DeltaPlot.cpp" line="17"/>
        <source>F1 per label, B − A</source>
        <translation>F1 pro Label, B − A</translation>
    </message>
    <message>
        <location filename="../ui/results/F1DeltaPlot.cpp" line="23"/>
        <source>F1 change (B − A)</source>
        <translation>F1-Änderung (B − A)</translation>
    </message>
    <message>
        <location filename="../ui/results/F1DeltaPlot.cpp" line="31"/>
        <source>B better</source>
        <translation>B besser</translation>
    </message>
    <message>
        <location filename="../ui/results/F1DeltaPlot.cpp" line="32"/>
        <source>B worse</source>
        <translation>B schlechter</translation>
    </message>
</context>
<context>
    <name>ForecastPanel</name>
    <message>
        <location filename="../ui/configure/ForecastPanel.cpp" line="36"/>
        <location filename="../ui/configure/ForecastPanel.cpp" line="38"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../ui/configure/ForecastPanel.cpp" line="40"/>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <location filename="../ui/configure/ForecastPanel.cpp" line="41"/>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <location filename="../ui/configure/ForecastPanel.cpp" line="104"/>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <location filename="../ui/configure/ForecastPanel.cpp" line="128"/>
        <source>Run may not fit</source>
        <translation>Lauf passt eventuell nicht in den Speicher</translation>
    </message>
    <message>
        <location filename="../ui/configure/ForecastPanel.cpp" line="174"/>
        <source>Time per epoch: measuring shortly…</source>
        <translation>Zeit pro Epoche: wird gleich gemessen…</translation>
    </message>
    <message>
        <location filename="../ui/configure/ForecastPanel.cpp" line="211"/>
        <source>Time per epoch: not measured</source>
        <translation>Zeit pro Epoche: nicht gemessen</translation>
    </message>
    <message>
        <location filename="../ui/configure/ForecastPanel.cpp" line="236"/>
        <source>No forecast: %1</source>
        <translation>Keine Prognose: %1</translation>
    </message>
    <message>
        <location filename="../ui/configure/ForecastPanel.cpp" line="244"/>
        <source>weights</source>
        <translation>Gewichte</translation>
    </message>
    <message>
        <location filename="../ui/configure/ForecastPanel.cpp" line="244"/>
        <source>gradients</source>
        <translation>Gradienten</translation>
    </message>
    <message>
        <location filename="../ui/configure/ForecastPanel.cpp" line="244"/>
        <source>optimizer</source>
        <translation>Optimierer</translation>
    </message>
    <message>
        <location filename="../ui/configure/ForecastPanel.cpp" line="244"/>
        <source>activations</source>
        <translation>Aktivierungen</translation>
    </message>
    <message>
        <location filename="../ui/configure/ForecastPanel.cpp" line="244"/>
        <source>runtime</source>
        <translation>Laufzeitumgebung</translation>
    </message>
    <message>
        <location filename="../ui/configure/ForecastPanel.cpp" line="253"/>
        <source>%1 available</source>
        <translation>%1 verfügbar</translation>
    </message>
    <message>
        <location filename="../ui/configure/ForecastPanel.cpp" line="253"/>
        <source>available memory unknown</source>
        <translation>verfügbarer Speicher unbekannt</translation>
    </message>
    <message>
        <location filename="../ui/configure/ForecastPanel.cpp" line="254"/>
        <source>padded to the longest training example, %1 tokens</source>
        <translation>auf das längste Trainingsbeispiel aufgefüllt, %1 Tokens</translation>
    </message>
    <message>
        <location filename="../ui/configure/ForecastPanel.cpp" line="255"/>
        <source>padded to the max length, %1 tokens</source>
        <translation>auf die maximale Länge aufgefüllt, %1 Tokens</translation>
    </message>
    <message>
        <location filename="../ui/configure/ForecastPanel.cpp" line="256"/>
        <source>Peak %1 of %2 (%3, %4)</source>
        <translation>Spitzenspeicher %1 · %2 (%3, %4)</translation>
    </message>
    <message>
        <location filename="../ui/configure/ForecastPanel.cpp" line="259"/>
        <source>Peak %1 exceeds the %2: lower the batch size or max length, or use LoRA</source>
        <translation>Spitzenspeicher %1 übersteigt den verfügbaren Speicher (%2): Senken Sie die Batchgröße oder die maximale Länge oder verwenden Sie LoRA</translation>
    </message>
    <message>
        <location filename="../ui/configure/ForecastPanel.cpp" line="286"/>
        <source>Time per epoch: measuring…</source>
        <translation>Zeit pro Epoche: wird gemessen…</translation>
    </message>
    <message>
        <location filename="../ui/configure/ForecastPanel.cpp" line="331"/>
        <source>Time per epoch: not measured (%1)</source>
        <translation>Zeit pro Epoche: nicht gemessen (%1)</translation>
    </message>
    <message>
        <location filename="../ui/configure/ForecastPanel.cpp" line="333"/>
        <source>Time per epoch: about %1 (%2 steps at %3 s a step, measured)</source>
        <translation>Zeit pro Epoche: etwa %1 (%2 Schritte zu je %3 s, gemessen)</translation>
    </message>
    <message>
        <location filename="../ui/configure/ForecastPanel.cpp" line="339"/>
        <source>Time per step: %1 s (measured; load a dataset for the epoch)</source>
        <translation>Zeit pro Schritt: %1 s (gemessen; laden Sie einen Datensatz für die Epoche)</translation>
    </message>
    <message>
        <location filename="../ui/configure/ForecastPanel.cpp" line="353"/>
        <source>The forecast peak memory of this run is %1, but only %2 is available. Training may fail or swap heavily. Start it anyway?</source>
        <translation>Der prognostizierte Spitzenspeicher dieses Laufs beträgt %1, verfügbar sind aber nur %2. Das Training kann fehlschlagen oder stark auslagern. Trotzdem starten?</translation>
    </message>
</context>
<context>
    <name>HubBlobTransfer</name>
    <message>
        <location filename="../ui/download/HubBlobTransfer.cpp" line="64"/>
        <location filename="../ui/download/HubBlobTransfer.cpp" line="146"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/download/HubBlobTransfer.cpp" line="94"/>
        <source>Could not resume %1: the server does not continue partial downloads.</source>
        <translation>%1 konnte nicht fortgesetzt werden: Der Server setzt unvollständige Downloads nicht fort.</translation>
    </message>
    <message>
        <location filename="../ui/download/HubBlobTransfer.cpp" line="172"/>
        <source>Downloading %1 failed: too many redirects.</source>
        <translation>Herunterladen von %1 fehlgeschlagen: zu viele Weiterleitungen.</translation>
    </message>
    <message>
        <location filename="../ui/download/HubBlobTransfer.cpp" line="183"/>
        <source>the server answered HTTP %1</source>
        <translation>der Server antwortete mit HTTP %1</translation>
    </message>
    <message>
        <location filename="../ui/download/HubBlobTransfer.cpp" line="188"/>
        <source>Downloading %1 failed: the server answered HTTP %2 %3.</source>
        <translation>Herunterladen von %1 fehlgeschlagen: Der Server antwortete mit HTTP %2 %3.</translation>
    </message>
    <message>
        <location filename="../ui/download/HubBlobTransfer.cpp" line="196"/>
        <source>the connection ended after %1 of %2 bytes</source>
        <translation>die Verbindung endete nach %1 von %2 Bytes</translation>
    </message>
    <message>
        <location filename="../ui/download/HubBlobTransfer.cpp" line="204"/>
        <source>Downloading %1 failed after %2 attempts: %3. Start the download again to resume it.</source>
        <translation>Herunterladen von %1 nach %2 Versuchen fehlgeschlagen: %3. Starten Sie den Download erneut, um ihn fortzusetzen.</translation>
    </message>
    <message>
        <location filename="../ui/download/HubBlobTransfer.cpp" line="238"/>
        <source>The download of %1 is corrupt: its %2 is %3, but the Hub says %4. The partial file was deleted; try again. If this repeats, a proxy or the mirror at HF_ENDPOINT alters the file.</source>
        <translation>Der Download von %1 ist beschädigt: Sein %2 ist %3, der Hub nennt aber %4. Die unvollständige Datei wurde gelöscht; versuchen Sie es erneut. Wiederholt sich das, verändert ein Proxy oder der Spiegelserver unter HF_ENDPOINT die Datei.</translation>
    </message>
    <message>
        <location filename="../ui/download/HubBlobTransfer.cpp" line="246"/>
        <source>Could not rename %1 to %2: %3</source>
        <translation>%1 konnte nicht in %2 umbenannt werden: %3</translation>
    </message>
    <message>
        <location filename="../ui/download/HubBlobTransfer.cpp" line="263"/>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>HubCacheLayout</name>
    <message>
        <location filename="../ui/download/HubCacheLayout.cpp" line="67"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/download/HubCacheLayout.cpp" line="99"/>
        <source>Could not link %1 to its blob: %2</source>
        <translation>%1 konnte nicht mit seinem Blob verknüpft werden: %2</translation>
    </message>
</context>
<context>
    <name>HubDownloader</name>
    <message>
        <location filename="../ui/download/HubDownloader.cpp" line="97"/>
        <source>&quot;%1&quot; is not a Hugging Face repository id; expected a name like openai-community/gpt2.</source>
        <translation>„%1“ ist keine Hugging-Face-Repository-ID; erwartet wird ein Name wie openai-community/gpt2.</translation>
    </message>
    <message>
        <location filename="../ui/download/HubDownloader.cpp" line="104"/>
        <source>&quot;%1&quot; is not a valid revision; expected a branch, a tag or a commit hash.</source>
        <translation>„%1“ ist keine gültige Revision; erwartet wird ein Branch, ein Tag oder ein Commit-Hash.</translation>
    </message>
    <message>
        <location filename="../ui/download/HubDownloader.cpp" line="110"/>
        <source>Offline mode is on (HF_HUB_OFFLINE), so nothing is downloaded, and %1</source>
        <translation>Der Offline-Modus ist aktiv (HF_HUB_OFFLINE), daher wird nichts heruntergeladen, und %1</translation>
    </message>
    <message>
        <location filename="../ui/download/HubDownloader.cpp" line="120"/>
        <source>The download was cancelled. Start it again to resume where it stopped.</source>
        <translation>Der Download wurde abgebrochen. Starten Sie ihn erneut, um dort fortzusetzen, wo er aufgehört hat.</translation>
    </message>
    <message>
        <location filename="../ui/download/HubDownloader.cpp" line="155"/>
        <source>%1 has no model.safetensors. LiteTune reads safetensors checkpoints only: pickle files (pytorch_model.bin) are not supported, because loading them can run arbitrary code. Choose a repository with model.safetensors, or convert this one (e.g. with the Hub&apos;s &quot;Convert to Safetensors&quot; Space).</source>
        <translation>%1 hat keine model.safetensors. LiteTune liest nur safetensors-Checkpoints: Pickle-Dateien (pytorch_model.bin) werden nicht unterstützt, weil ihr Laden beliebigen Code ausführen kann. Wählen Sie ein Repository mit model.safetensors oder konvertieren Sie dieses (z. B. mit dem Space „Convert to Safetensors“ des Hubs).</translation>
    </message>
    <message>
        <location filename="../ui/download/HubDownloader.cpp" line="163"/>
        <source>%1 has no %2 at revision %3, which LiteTune needs to load a GPT-2 model.</source>
        <translation>%1 hat in Revision %3 keine Datei %2, die LiteTune zum Laden eines GPT-2-Modells braucht.</translation>
    </message>
    <message>
        <location filename="../ui/download/HubDownloader.cpp" line="242"/>
        <source>%1 (revision %2) is not in the cache %3.</source>
        <translation>%1 (Revision %2) ist nicht im Cache %3.</translation>
    </message>
    <message>
        <location filename="../ui/download/HubDownloader.cpp" line="250"/>
        <source>the cached snapshot %1 lacks %2.</source>
        <translation>dem zwischengespeicherten Snapshot %1 fehlt %2.</translation>
    </message>
</context>
<context>
    <name>HubMetadataFetcher</name>
    <message>
        <location filename="../ui/download/HubMetadataFetcher.cpp" line="75"/>
        <source>Could not reach %1: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <location filename="../ui/download/HubMetadataFetcher.cpp" line="86"/>
        <source>The Hub redirected %1 too often or to nowhere.</source>
        <translation>Der Hub hat %1 zu oft oder ins Leere weitergeleitet.</translation>
    </message>
    <message>
        <location filename="../ui/download/HubMetadataFetcher.cpp" line="125"/>
        <source>The server at %1 did not send the Hub&apos;s X-Repo-Commit and ETag headers for %2; is HF_ENDPOINT a Hugging Face Hub (or a mirror of one)?</source>
        <translation>Der Server unter %1 hat für %2 nicht die Header X-Repo-Commit und ETag des Hubs gesendet; ist HF_ENDPOINT ein Hugging Face Hub (oder ein Spiegel davon)?</translation>
    </message>
    <message>
        <location filename="../ui/download/HubMetadataFetcher.cpp" line="139"/>
        <source>The repository %1 was not found on %2. Check its name; if it is private, set HF_TOKEN (or log in with `huggingface-cli login`).</source>
        <translation>Das Repository %1 wurde auf %2 nicht gefunden. Prüfen Sie den Namen; ist es privat, setzen Sie HF_TOKEN (oder melden Sie sich mit `huggingface-cli login` an).</translation>
    </message>
    <message>
        <location filename="../ui/download/HubMetadataFetcher.cpp" line="144"/>
        <source>The repository %1 has no branch, tag or commit &quot;%2&quot;.</source>
        <translation>Das Repository %1 hat keinen Branch, kein Tag und keinen Commit „%2“.</translation>
    </message>
    <message>
        <location filename="../ui/download/HubMetadataFetcher.cpp" line="147"/>
        <source>%1 is a gated repository: accept its conditions on its Hub page, then set HF_TOKEN to a token of that account.</source>
        <translation>%1 ist ein zugangsbeschränktes Repository: Akzeptieren Sie die Bedingungen auf seiner Hub-Seite und setzen Sie dann HF_TOKEN auf ein Token dieses Kontos.</translation>
    </message>
    <message>
        <location filename="../ui/download/HubMetadataFetcher.cpp" line="152"/>
        <source>The Hub refused access to %1 of %2 (HTTP %3). The repository may be private or gated: set HF_TOKEN to a token that may read it.</source>
        <translation>Der Hub hat den Zugriff auf %1 von %2 verweigert (HTTP %3). Das Repository ist vielleicht privat oder zugangsbeschränkt: Setzen Sie HF_TOKEN auf ein Token mit Leserechten.</translation>
    </message>
    <message>
        <location filename="../ui/download/HubMetadataFetcher.cpp" line="158"/>
        <source>The Hub answered HTTP %1 %2 for %3 of %4.</source>
        <translation>Der Hub antwortete mit HTTP %1 %2 für %3 von %4.</translation>
    </message>
</context>
<context>
    <name>HyperParameterForm</name>
    <message>
        <location filename="../ui/configure/HyperParameterForm.cpp" line="42"/>
        <source>What to do with the model: evaluate it as it is, fine-tune every weight, train small LoRA adapters beside frozen weights, or train only the classification head.</source>
        <translation>Was mit dem Modell geschieht: unverändert evaluieren, alle Gewichte feinabstimmen, kleine LoRA-Adapter neben eingefrorenen Gewichten trainieren oder nur den Klassifikationskopf trainieren.</translation>
    </message>
    <message>
        <location filename="../ui/configure/HyperParameterForm.cpp" line="44"/>
        <source>Base evaluation (no training)</source>
        <translation>Basis-Evaluation (ohne Training)</translation>
    </message>
    <message>
        <location filename="../ui/configure/HyperParameterForm.cpp" line="45"/>
        <source>Full fine-tune</source>
        <translation>Vollständige Feinabstimmung</translation>
    </message>
    <message>
        <location filename="../ui/configure/HyperParameterForm.cpp" line="46"/>
        <source>LoRA</source>
        <translation>LoRA</translation>
    </message>
    <message>
        <location filename="../ui/configure/HyperParameterForm.cpp" line="47"/>
        <source>Classifier head only</source>
        <translation>Nur Klassifikationskopf</translation>
    </message>
    <message>
        <location filename="../ui/configure/HyperParameterForm.cpp" line="59"/>
        <source>Task:</source>
        <translation>Aufgabe:</translation>
    </message>
    <message>
        <location filename="../ui/configure/HyperParameterForm.cpp" line="60"/>
        <source>&amp;Method:</source>
        <translation>Me&amp;thode:</translation>
    </message>
    <message>
        <location filename="../ui/configure/HyperParameterForm.cpp" line="64"/>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../ui/configure/HyperParameterForm.cpp" line="87"/>
        <source>&lt;b&gt;Causal language model&lt;/b&gt; — set by the open text corpus: the model learns to predict the next token; only full fine-tune and LoRA train one.</source>
        <translation>&lt;b&gt;Kausales Sprachmodell&lt;/b&gt; — durch das geöffnete Textkorpus festgelegt: Das Modell lernt, das nächste Token vorherzusagen; nur vollständige Feinabstimmung und LoRA trainieren eines.</translation>
    </message>
    <message>
        <location filename="../ui/configure/HyperParameterForm.cpp" line="89"/>
        <source>&lt;b&gt;Classification&lt;/b&gt; — set by the open dataset: the model learns each text&apos;s label.</source>
        <translation>&lt;b&gt;Klassifikation&lt;/b&gt; — durch den geöffneten Datensatz festgelegt: Das Modell lernt das Label jedes Textes.</translation>
    </message>
    <message>
        <location filename="../ui/configure/HyperParameterForm.cpp" line="103"/>
        <source>A causal language model has no classes to weight.</source>
        <translation>Ein kausales Sprachmodell hat keine Klassen, die sich gewichten ließen.</translation>
    </message>
    <message>
        <location filename="../ui/configure/HyperParameterForm.cpp" line="147"/>
        <source>&amp;Advanced options</source>
        <translation>Er&amp;weiterte Optionen</translation>
    </message>
    <message>
        <location filename="../ui/configure/HyperParameterForm.cpp" line="66"/>
        <source>LoRA (LoRA runs and comparisons)</source>
        <translation>LoRA (LoRA-Läufe und Vergleiche)</translation>
    </message>
</context>
<context>
    <name>LabelChart</name>
    <message>
        <location filename="../ui/dataset/LabelChart.cpp" line="15"/>
        <source>Examples</source>
        <translation>Beispiele</translation>
    </message>
</context>
<context>
    <name>LabelScoreView</name>
    <message>
        <location filename="../ui/playground/LabelScoreView.cpp" line="121"/>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
</context>
<context>
    <name>LengthHistogram</name>
    <message>
        <location filename="../ui/dataset/LengthHistogram.cpp" line="26"/>
        <location filename="../ui/dataset/LengthHistogram.cpp" line="73"/>
        <source>Token lengths appear once a model&apos;s tokenizer is loaded.</source>
        <translation>Token-Längen erscheinen, sobald der Tokenizer eines Modells geladen ist.</translation>
    </message>
    <message>
        <location filename="../ui/dataset/LengthHistogram.cpp" line="27"/>
        <source>Tokens per example</source>
        <translation>Tokens pro Beispiel</translation>
    </message>
    <message>
        <location filename="../ui/dataset/LengthHistogram.cpp" line="28"/>
        <source>Examples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <location filename="../ui/dataset/LengthHistogram.cpp" line="60"/>
        <source>%1: %2% of %3 examples longer than %4 tokens are truncated
mean %5 tokens, longest %6</source>
        <translation>%1: %2&#xa0;% von %3 Beispielen sind länger als %4 Tokens und werden gekürzt
Mittel %5 Tokens, längstes %6</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <location filename="../ui/main/MainActions.cpp" line="34"/>
        <source>&amp;Open Dataset…</source>
        <translation>&amp;Datensatz öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainActions.cpp" line="35"/>
        <source>Open a CSV, TSV, JSON Lines file, folder or archive</source>
        <translation>Eine CSV-, TSV- oder JSON-Lines-Datei, einen Ordner oder ein Archiv öffnen</translation>
    </message>
    <message>
        <location filename="../ui/main/MainActions.cpp" line="36"/>
        <source>&amp;Demo Data</source>
        <translation>D&amp;emodaten</translation>
    </message>
    <message>
        <location filename="../ui/main/MainActions.cpp" line="37"/>
        <source>Open the built-in demo dataset</source>
        <translation>Den eingebauten Demo-Datensatz öffnen</translation>
    </message>
    <message>
        <location filename="../ui/main/MainActions.cpp" line="38"/>
        <source>Open Te&amp;xt Corpus…</source>
        <translation>&amp;Textkorpus öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainActions.cpp" line="39"/>
        <source>Open raw text to train a causal language model: one document per line</source>
        <translation>Rohtext öffnen, um ein kausales Sprachmodell zu trainieren: ein Dokument pro Zeile</translation>
    </message>
    <message>
        <location filename="../ui/main/MainActions.cpp" line="41"/>
        <source>Open Text Corpus &amp;Folder…</source>
        <translation>Textkorpus-&amp;Ordner öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainActions.cpp" line="42"/>
        <source>Open a folder of .txt files to train a causal language model: one document per file</source>
        <translation>Einen Ordner mit .txt-Dateien öffnen, um ein kausales Sprachmodell zu trainieren: ein Dokument pro Datei</translation>
    </message>
    <message>
        <location filename="../ui/main/MainActions.cpp" line="43"/>
        <source>Demo &amp;Text Corpus</source>
        <translation>Demo-Textkorp&amp;us</translation>
    </message>
    <message>
        <location filename="../ui/main/MainActions.cpp" line="44"/>
        <source>Open the built-in text corpus to train a causal language model</source>
        <translation>Das eingebaute Textkorpus öffnen, um ein kausales Sprachmodell zu trainieren</translation>
    </message>
    <message>
        <location filename="../ui/main/MainActions.cpp" line="45"/>
        <source>&amp;Export Report…</source>
        <translation>Bericht e&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainActions.cpp" line="47"/>
        <source>Save runs as a report: HTML, PDF, Markdown, CSV, JSON, or a .zip/.tar.gz bundle</source>
        <translation>Läufe als Bericht speichern: HTML, PDF, Markdown, CSV, JSON oder als .zip/.tar.gz-Paket</translation>
    </message>
    <message>
        <location filename="../ui/main/MainActions.cpp" line="48"/>
        <source>Export &amp;Model…</source>
        <translation>&amp;Modell exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainActions.cpp" line="50"/>
        <source>Save a run&apos;s trained model as a Hugging Face model folder or a PEFT adapter</source>
        <translation>Das trainierte Modell eines Laufs als Hugging-Face-Modellordner oder als PEFT-Adapter speichern</translation>
    </message>
    <message>
        <location filename="../ui/main/MainActions.cpp" line="51"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/main/MainActions.cpp" line="51"/>
        <source>Quit LiteTune</source>
        <translation>LiteTune beenden</translation>
    </message>
    <message>
        <location filename="../ui/main/MainActions.cpp" line="53"/>
        <source>&amp;Train</source>
        <translation>&amp;Trainieren</translation>
    </message>
    <message>
        <location filename="../ui/main/MainActions.cpp" line="54"/>
        <source>Run the configured method</source>
        <translation>Die konfigurierte Methode ausführen</translation>
    </message>
    <message>
        <location filename="../ui/main/MainActions.cpp" line="55"/>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/main/MainActions.cpp" line="57"/>
        <source>Base evaluation, full fine-tune and LoRA in a row</source>
        <translation>Basis-Evaluation, vollständige Feinabstimmung und LoRA nacheinander</translation>
    </message>
    <message>
        <location filename="../ui/main/MainActions.cpp" line="58"/>
        <source>S&amp;weep…</source>
        <translation>S&amp;weep…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainActions.cpp" line="59"/>
        <source>Train once per combination of option values and rank the runs by a metric</source>
        <translation>Einmal pro Kombination von Optionswerten trainieren und die Läufe nach einer Metrik ordnen</translation>
    </message>
    <message>
        <location filename="../ui/main/MainActions.cpp" line="60"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <location filename="../ui/main/MainActions.cpp" line="61"/>
        <source>Pause or resume the run</source>
        <translation>Den Lauf pausieren oder fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/main/MainActions.cpp" line="63"/>
        <source>C&amp;ancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/main/MainActions.cpp" line="66"/>
        <source>Stop the run after its current step</source>
        <translation>Den Lauf nach dem aktuellen Schritt anhalten</translation>
    </message>
    <message>
        <location filename="../ui/main/MainActions.cpp" line="67"/>
        <source>Re&amp;load Runs</source>
        <translation>Läufe neu &amp;laden</translation>
    </message>
    <message>
        <location filename="../ui/main/MainActions.cpp" line="68"/>
        <source>Read the runs folder again</source>
        <translation>Den Ordner der Läufe neu einlesen</translation>
    </message>
    <message>
        <location filename="../ui/main/MainActions.cpp" line="69"/>
        <source>&amp;About LiteTune</source>
        <translation>Über &amp;LiteTune</translation>
    </message>
    <message>
        <location filename="../ui/main/MainActions.cpp" line="70"/>
        <source>Versions, devices and BLAS</source>
        <translation>Versionen, Geräte und BLAS</translation>
    </message>
    <message>
        <location filename="../ui/main/MainActions.cpp" line="72"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location filename="../ui/main/MainActions.cpp" line="72"/>
        <source>About the Qt toolkit</source>
        <translation>Über das Qt-Toolkit</translation>
    </message>
    <message>
        <location filename="../ui/main/MainActions.cpp" line="82"/>
        <source>Go to %1</source>
        <translation>Wechseln zu: %1</translation>
    </message>
    <message>
        <location filename="../ui/main/MainActions.cpp" line="91"/>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <location filename="../ui/main/MainActions.cpp" line="91"/>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <location filename="../ui/main/MainActions.cpp" line="91"/>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <location filename="../ui/main/MainActions.cpp" line="104"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/main/MainActions.cpp" line="106"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/main/MainActions.cpp" line="119"/>
        <source>&amp;Run</source>
        <translation>&amp;Lauf</translation>
    </message>
    <message>
        <location filename="../ui/main/MainActions.cpp" line="129"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/main/MainActions.cpp" line="132"/>
        <source>Colour &amp;Scheme</source>
        <translation>Farb&amp;schema</translation>
    </message>
    <message>
        <location filename="../ui/main/MainActions.cpp" line="136"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="52"/>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="52"/>
        <source>Configure</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="52"/>
        <source>Train</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="52"/>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="52"/>
        <source>Playground</source>
        <translation>Ausprobieren</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="58"/>
        <source>LiteTune</source>
        <translation>LiteTune</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="74"/>
        <source>Main</source>
        <translation>Haupt-Werkzeugleiste</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="202"/>
        <source>Writing the report %1…</source>
        <translation>Bericht %1 wird geschrieben…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="205"/>
        <source>Report saved: %1</source>
        <translation>Bericht gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="212"/>
        <source>Exporting the model to %1…</source>
        <translation>Modell wird nach %1 exportiert…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="215"/>
        <source>Model exported: %1</source>
        <translation>Modell exportiert: %1</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="275"/>
        <location filename="../ui/main/MainWindow.cpp" line="284"/>
        <source>A run is already in progress.</source>
        <translation>Es läuft bereits ein Lauf.</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="301"/>
        <source>Dataset: %1</source>
        <translation>Datensatz: %1</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="300"/>
        <source>demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="301"/>
        <source>Text corpus: %1</source>
        <translation>Textkorpus: %1</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="313"/>
        <source>Idle</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="313"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="313"/>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="333"/>
        <source>Quit LiteTune?</source>
        <translation>LiteTune beenden?</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="334"/>
        <source>A run is in progress. Cancel it and quit?

The run stops after its current step and keeps a checkpoint, so it can be resumed.</source>
        <translation>Ein Lauf ist im Gange. Abbrechen und beenden?

Der Lauf hält nach dem aktuellen Schritt an und behält einen Checkpoint, sodass er fortgesetzt werden kann.</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="345"/>
        <source>Cancelling the run before quitting…</source>
        <translation>Lauf wird vor dem Beenden abgebrochen…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="363"/>
        <source>The run failed</source>
        <translation>Der Lauf ist fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="365"/>
        <source>Runs that finished before it are kept in the runs folder.</source>
        <translation>Läufe, die vorher abgeschlossen wurden, bleiben im Ordner der Läufe erhalten.</translation>
    </message>
</context>
<context>
    <name>MetricFormat</name>
    <message>
        <location filename="../ui/results/MetricFormat.cpp" line="13"/>
        <source>%1 hr %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <location filename="../ui/results/MetricFormat.cpp" line="31"/>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <location filename="../ui/results/MetricFormat.cpp" line="39"/>
        <source>%1 sec</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../ui/results/MetricFormat.cpp" line="45"/>
        <source>%1 min %2 sec</source>
        <translation>%1 Min. %2 s</translation>
    </message>
    <message>
        <location filename="../ui/results/MetricFormat.cpp" line="71"/>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <location filename="../ui/results/MetricFormat.cpp" line="77"/>
        <source>—</source>
        <comment>a number the run does not have</comment>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>ModelExportDialog</name>
    <message>
        <location filename="../ui/report/ModelExportDialog.cpp" line="35"/>
        <source>Merge the LoRA adapter into the base model (plain Hugging Face folder, no PEFT needed)</source>
        <translation>Den LoRA-Adapter mit dem Basismodell zusammenführen (einfacher Hugging-Face-Ordner, kein PEFT nötig)</translation>
    </message>
    <message>
        <location filename="../ui/report/ModelExportDialog.cpp" line="38"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/report/ModelExportDialog.cpp" line="41"/>
        <source>Export Model</source>
        <translation>Modell exportieren</translation>
    </message>
    <message>
        <location filename="../ui/report/ModelExportDialog.cpp" line="58"/>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <location filename="../ui/report/ModelExportDialog.cpp" line="59"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/report/ModelExportDialog.cpp" line="70"/>
        <source>A new or empty folder</source>
        <translation>Ein neuer oder leerer Ordner</translation>
    </message>
    <message>
        <location filename="../ui/report/ModelExportDialog.cpp" line="71"/>
        <source>A name without a folder is made in %1</source>
        <translation>Ein Name ohne Ordner wird in %1 angelegt</translation>
    </message>
    <message>
        <location filename="../ui/report/ModelExportDialog.cpp" line="72"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../ui/report/ModelExportDialog.cpp" line="78"/>
        <source>Run whose trained model is exported:</source>
        <translation>Lauf, dessen trainiertes Modell exportiert wird:</translation>
    </message>
    <message>
        <location filename="../ui/report/ModelExportDialog.cpp" line="82"/>
        <source>Output &amp;folder:</source>
        <translation>&amp;Zielordner:</translation>
    </message>
    <message>
        <location filename="../ui/report/ModelExportDialog.cpp" line="165"/>
        <source>Only LoRA runs have an adapter to merge</source>
        <translation>Nur LoRA-Läufe haben einen Adapter zum Zusammenführen</translation>
    </message>
    <message>
        <location filename="../ui/report/ModelExportDialog.cpp" line="167"/>
        <source>There is no trained run to export.</source>
        <translation>Es gibt keinen trainierten Lauf zum Exportieren.</translation>
    </message>
    <message>
        <location filename="../ui/report/ModelExportDialog.cpp" line="169"/>
        <source>Writes the PEFT adapter folder (adapter_config.json, adapter_model.safetensors); loading it needs the base model and PEFT.</source>
        <translation>Schreibt den PEFT-Adapterordner (adapter_config.json, adapter_model.safetensors); zum Laden werden das Basismodell und PEFT benötigt.</translation>
    </message>
    <message>
        <location filename="../ui/report/ModelExportDialog.cpp" line="172"/>
        <source>Writes a Hugging Face model folder (config.json, model.safetensors) that transformers loads with from_pretrained.</source>
        <translation>Schreibt einen Hugging-Face-Modellordner (config.json, model.safetensors), den transformers mit from_pretrained lädt.</translation>
    </message>
    <message>
        <location filename="../ui/report/ModelExportDialog.cpp" line="192"/>
        <source>Export Model To</source>
        <translation>Modell exportieren nach</translation>
    </message>
</context>
<context>
    <name>ModelExporter</name>
    <message>
        <location filename="../ui/report/ModelExporter.cpp" line="54"/>
        <location filename="../ui/report/ModelExporter.cpp" line="69"/>
        <location filename="../ui/report/ModelExporter.cpp" line="75"/>
        <location filename="../ui/report/ModelExporter.cpp" line="101"/>
        <location filename="../ui/report/ModelExporter.cpp" line="108"/>
        <location filename="../ui/report/ModelExporter.cpp" line="129"/>
        <source>Export Model</source>
        <translation>Modell exportieren</translation>
    </message>
    <message>
        <location filename="../ui/report/ModelExporter.cpp" line="70"/>
        <source>A model is being exported; try again when it is done.</source>
        <translation>Ein Modell wird gerade exportiert; versuchen Sie es erneut, wenn der Export abgeschlossen ist.</translation>
    </message>
    <message>
        <location filename="../ui/report/ModelExporter.cpp" line="76"/>
        <source>There is no trained model to export yet. Train a method or run a comparison first.</source>
        <translation>Es gibt noch kein trainiertes Modell zum Exportieren. Trainieren Sie zuerst eine Methode oder führen Sie einen Vergleich aus.</translation>
    </message>
    <message>
        <location filename="../ui/report/ModelExporter.cpp" line="113"/>
        <source>%1 holds an adapter LiteTune exported earlier. Replace its files?</source>
        <translation>%1 enthält einen Adapter, den LiteTune zuvor exportiert hat. Dessen Dateien ersetzen?</translation>
    </message>
    <message>
        <location filename="../ui/report/ModelExporter.cpp" line="114"/>
        <source>%1 holds a model LiteTune exported earlier. Replace its files?</source>
        <translation>%1 enthält ein Modell, das LiteTune zuvor exportiert hat. Dessen Dateien ersetzen?</translation>
    </message>
    <message>
        <location filename="../ui/report/ModelExporter.cpp" line="117"/>
        <source>The folder holds nothing else.</source>
        <translation>Der Ordner enthält sonst nichts.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/report/ModelExporter.cpp" line="126"/>
        <source>The %n other file(s) in the folder stay as they are (%1).</source>
        <translation>
            <numerusform>%n weitere Datei im Ordner bleibt unverändert (%1).</numerusform>
            <numerusform>%n weitere Dateien im Ordner bleiben unverändert (%1).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/report/ModelExporter.cpp" line="164"/>
        <source>The model could not be exported to %1.</source>
        <translation>Das Modell konnte nicht nach %1 exportiert werden.</translation>
    </message>
</context>
<context>
    <name>PerClassF1Plot</name>
    <message>
        <location filename="../ui/results/PerClassF1Plot.cpp" line="17"/>
        <source>F1 score</source>
        <translation>F1-Score</translation>
    </message>
</context>
<context>
    <name>PlaygroundPage</name>
    <message>
        <location filename="../ui/playground/PlaygroundPage.cpp" line="39"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../ui/playground/PlaygroundPage.cpp" line="40"/>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <location filename="../ui/playground/PlaygroundPage.cpp" line="78"/>
        <source>&lt;b&gt;Runs&lt;/b&gt;</source>
        <translation>&lt;b&gt;Läufe&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/playground/PlaygroundPage.cpp" line="118"/>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../ui/playground/PlaygroundPage.cpp" line="131"/>
        <location filename="../ui/playground/PlaygroundPage.cpp" line="165"/>
        <source>Type a text to see what this run predicts.</source>
        <translation>Geben Sie einen Text ein, um zu sehen, was dieser Lauf vorhersagt.</translation>
    </message>
    <message>
        <location filename="../ui/playground/PlaygroundPage.cpp" line="121"/>
        <source>A base evaluation answers with the model it evaluated. Where that model had no head for these labels, the head was drawn from seed %1: untrained, so its answers are no better than chance.</source>
        <translation>Eine Basis-Evaluation antwortet mit dem Modell, das sie evaluiert hat. Hatte dieses Modell keinen Kopf für diese Labels, wurde der Kopf aus dem Seed %1 gezogen: untrainiert, seine Antworten sind also nicht besser als der Zufall.</translation>
    </message>
    <message>
        <location filename="../ui/playground/PlaygroundPage.cpp" line="69"/>
        <source>Ticked runs answer. Each is asked with the model it saved; the first question loads it. As in training, a run reads only the first tokens of a text, up to its Max length.</source>
        <translation>Angehakte Läufe antworten. Jeder wird mit dem Modell befragt, das er gespeichert hat; die erste Frage lädt es. Wie im Training liest ein Lauf nur die ersten Tokens eines Texts, bis zu seiner maximalen Länge.</translation>
    </message>
    <message>
        <location filename="../ui/playground/PlaygroundPage.cpp" line="88"/>
        <source>Type or paste a text to see what each ticked run predicts…</source>
        <translation>Geben Sie einen Text ein oder fügen Sie ihn ein, um zu sehen, was jeder angehakte Lauf vorhersagt…</translation>
    </message>
    <message>
        <location filename="../ui/playground/PlaygroundPage.cpp" line="138"/>
        <source>Tick runs in the list to ask them.</source>
        <translation>Haken Sie Läufe in der Liste an, um sie zu befragen.</translation>
    </message>
    <message>
        <location filename="../ui/playground/PlaygroundPage.cpp" line="222"/>
        <source>Could not predict: %1</source>
        <translation>Vorhersage nicht möglich: %1</translation>
    </message>
</context>
<context>
    <name>RecentDatasets</name>
    <message>
        <location filename="../ui/main/RecentDatasets.cpp" line="40"/>
        <source>No recent datasets</source>
        <translation>Keine zuletzt geöffneten Datensätze</translation>
    </message>
    <message>
        <location filename="../ui/main/RecentDatasets.cpp" line="44"/>
        <source>Clear List</source>
        <translation>Liste leeren</translation>
    </message>
</context>
<context>
    <name>ReportBundleWriter</name>
    <message>
        <location filename="../ui/report/ReportBundleWriter.cpp" line="21"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportBundleWriter.cpp" line="30"/>
        <source>Could not export the report: %1</source>
        <translation>Der Bericht konnte nicht exportiert werden: %1</translation>
    </message>
</context>
<context>
    <name>ReportExporter</name>
    <message>
        <location filename="../ui/report/ReportExporter.cpp" line="43"/>
        <location filename="../ui/report/ReportExporter.cpp" line="58"/>
        <location filename="../ui/report/ReportExporter.cpp" line="63"/>
        <location filename="../ui/report/ReportExporter.cpp" line="80"/>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExporter.cpp" line="59"/>
        <source>A report is being written; try again when it is done.</source>
        <translation>Ein Bericht wird gerade geschrieben; versuchen Sie es erneut, wenn er fertig ist.</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExporter.cpp" line="64"/>
        <source>There are no runs to report yet. Train a method or run a comparison first.</source>
        <translation>Es gibt noch keine Läufe für einen Bericht. Trainieren Sie zuerst eine Methode oder führen Sie einen Vergleich aus.</translation>
    </message>
</context>
<context>
    <name>ReportPdfPrinter</name>
    <message>
        <location filename="../ui/report/ReportPdfPrinter.cpp" line="53"/>
        <source>The plot %1 of the report is not valid SVG.</source>
        <translation>Die Grafik %1 des Berichts ist kein gültiges SVG.</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <location filename="../ui/report/ReportWriter.cpp" line="24"/>
        <location filename="../ui/report/ReportWriter.cpp" line="32"/>
        <location filename="../ui/report/ReportWriter.cpp" line="43"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportWriter.cpp" line="78"/>
        <source>HTML report (*.html)</source>
        <translation>HTML-Bericht (*.html)</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportWriter.cpp" line="79"/>
        <source>PDF report (*.pdf)</source>
        <translation>PDF-Bericht (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportWriter.cpp" line="80"/>
        <source>Markdown table (*.md)</source>
        <translation>Markdown-Tabelle (*.md)</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportWriter.cpp" line="81"/>
        <source>Metrics as CSV (*.csv)</source>
        <translation>Metriken als CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportWriter.cpp" line="82"/>
        <source>Metrics as JSON (*.json)</source>
        <translation>Metriken als JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportWriter.cpp" line="83"/>
        <source>Bundle as ZIP (*.zip)</source>
        <translation>Paket als ZIP (*.zip)</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportWriter.cpp" line="84"/>
        <source>Bundle as tar.gz (*.tar.gz *.tgz)</source>
        <translation>Paket als tar.gz (*.tar.gz *.tgz)</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportWriter.cpp" line="106"/>
        <source>Cannot tell the format of %1: name it .html, .pdf, .md, .csv, .json, .zip or .tar.gz.</source>
        <translation>Das Format von %1 ist nicht erkennbar: Benennen Sie die Datei .html, .pdf, .md, .csv, .json, .zip oder .tar.gz.</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportWriter.cpp" line="133"/>
        <source>Could not export the report: %1</source>
        <translation>Der Bericht konnte nicht exportiert werden: %1</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../ui/results/RunListPanel.cpp" line="30"/>
        <source>&lt;b&gt;Runs&lt;/b&gt;</source>
        <translation>&lt;b&gt;Läufe&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/results/RunListPanel.cpp" line="40"/>
        <source>Tick the runs to compare. Every run in the runs folder is listed.</source>
        <translation>Haken Sie die zu vergleichenden Läufe an. Jeder Lauf im Ordner der Läufe wird aufgeführt.</translation>
    </message>
    <message>
        <location filename="../ui/results/RunListPanel.cpp" line="71"/>
        <source>Export Report…</source>
        <translation>Bericht exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/results/RunListPanel.cpp" line="73"/>
        <source>Save the ticked runs as an HTML, PDF or Markdown report, metrics or a bundle</source>
        <translation>Die angehakten Läufe als HTML-, PDF- oder Markdown-Bericht, als Metriken oder als Paket speichern</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPage.cpp" line="87"/>
        <source>Side by Side</source>
        <translation>Nebeneinander</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPage.cpp" line="89"/>
        <source>Difference</source>
        <translation>Unterschied</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPage.cpp" line="90"/>
        <source>What changed from one run to another on the same data: samples fixed and broken, the confusion difference, per-class F1 changes</source>
        <translation>Was sich von einem Lauf zum anderen auf denselben Daten geändert hat: behobene und verschlechterte Beispiele, die Differenz der Konfusionsmatrizen, F1-Änderungen pro Klasse</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPage.cpp" line="120"/>
        <source>&lt;b&gt;Settings that differ&lt;/b&gt;</source>
        <translation>&lt;b&gt;Abweichende Einstellungen&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPage.cpp" line="125"/>
        <source>&lt;b&gt;Results&lt;/b&gt; — best of each row in bold</source>
        <translation>&lt;b&gt;Ergebnisse&lt;/b&gt; – der beste Wert jeder Zeile fett</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPage.cpp" line="150"/>
        <source>Confusion Matrices</source>
        <translation>Konfusionsmatrizen</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPage.cpp" line="151"/>
        <source>Per-Class F1</source>
        <translation>F1 pro Klasse</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPage.cpp" line="167"/>
        <source>Normalise rows</source>
        <translation>Zeilen normieren</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPage.cpp" line="169"/>
        <source>Show each true label&apos;s row as shares that sum to 100%, so rare labels read as clearly as common ones</source>
        <translation>Jede Zeile eines tatsächlichen Labels als Anteile zeigen, die sich zu 100&#xa0;% summieren, damit seltene Labels so deutlich lesbar sind wie häufige</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPage.cpp" line="171"/>
        <source>Click a cell to see its samples in the Dataset place.</source>
        <translation>Klicken Sie auf eine Zelle, um ihre Beispiele im Bereich Datensatz zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPage.cpp" line="209"/>
        <source>&lt;h3&gt;No runs yet&lt;/h3&gt;&lt;p&gt;Finished runs appear here. Train a method or compare base, full fine-tune and LoRA from the Configure place.&lt;/p&gt;&lt;p&gt;Runs are kept in %1.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Noch keine Läufe&lt;/h3&gt;&lt;p&gt;Abgeschlossene Läufe erscheinen hier. Trainieren Sie eine Methode oder vergleichen Sie Basis, vollständige Feinabstimmung und LoRA im Bereich Konfiguration.&lt;/p&gt;&lt;p&gt;Läufe werden in %1 gespeichert.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPage.cpp" line="212"/>
        <source>&lt;h3&gt;No runs chosen&lt;/h3&gt;&lt;p&gt;Tick runs in the list to compare them side by side.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Keine Läufe ausgewählt&lt;/h3&gt;&lt;p&gt;Haken Sie Läufe in der Liste an, um sie nebeneinander zu vergleichen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPage.cpp" line="244"/>
        <source>Tick two or more runs to see how their settings differ.</source>
        <translation>Haken Sie zwei oder mehr Läufe an, um zu sehen, wie sich ihre Einstellungen unterscheiden.</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPage.cpp" line="245"/>
        <source>The runs&apos; settings are the same.</source>
        <translation>Die Einstellungen der Läufe sind gleich.</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPage.cpp" line="257"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;p&gt;No classes: a causal language model.&lt;/p&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;p&gt;Keine Klassen: ein kausales Sprachmodell.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPage.cpp" line="310"/>
        <source>No classes: a causal language model (%1).</source>
        <translation>Keine Klassen: ein kausales Sprachmodell (%1).</translation>
    </message>
</context>
<context>
    <name>ResultsTableModel</name>
    <message>
        <location filename="../ui/results/ResultsTableModel.cpp" line="56"/>
        <source>Training Loss</source>
        <translation>Trainingsverlust</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsTableModel.cpp" line="58"/>
        <source>Validation Loss</source>
        <translation>Validierungsverlust</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsTableModel.cpp" line="60"/>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsTableModel.cpp" line="62"/>
        <source>F1 Score</source>
        <translation>F1-Score</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsTableModel.cpp" line="64"/>
        <source>Precision</source>
        <translation>Präzision</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsTableModel.cpp" line="66"/>
        <source>Recall</source>
        <translation>Recall</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsTableModel.cpp" line="68"/>
        <source>Training Duration</source>
        <translation>Trainingsdauer</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsTableModel.cpp" line="70"/>
        <source>Eval Runtime</source>
        <translation>Evaluationsdauer</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsTableModel.cpp" line="72"/>
        <source>Samples per Second</source>
        <translation>Beispiele pro Sekunde</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsTableModel.cpp" line="74"/>
        <source>Steps per Second</source>
        <translation>Schritte pro Sekunde</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsTableModel.cpp" line="76"/>
        <source>Epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsTableModel.cpp" line="78"/>
        <source>Macro F1</source>
        <translation>Makro-F1</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsTableModel.cpp" line="80"/>
        <source>Trainable Params</source>
        <translation>Trainierbare Parameter</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsTableModel.cpp" line="82"/>
        <source>Peak Memory</source>
        <translation>Spitzenspeicher</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsTableModel.cpp" line="84"/>
        <source>Adapter Size</source>
        <translation>Adaptergröße</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsTableModel.cpp" line="86"/>
        <source>Perplexity</source>
        <translation>Perplexität</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsTableModel.cpp" line="105"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsTableModel.cpp" line="107"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsTableModel.cpp" line="109"/>
        <source>unfinished</source>
        <translation>nicht abgeschlossen</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsTableModel.cpp" line="199"/>
        <source>Best: the lowest of the runs</source>
        <translation>Am besten: der niedrigste Wert der Läufe</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsTableModel.cpp" line="200"/>
        <source>Best: the highest of the runs</source>
        <translation>Am besten: der höchste Wert der Läufe</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsTableModel.cpp" line="223"/>
        <source>Not in the reference table: LiteTune&apos;s addition.</source>
        <translation>Nicht in der Referenztabelle: eine Ergänzung von LiteTune.</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsTableModel.cpp" line="235"/>
        <source>%1 (%2)</source>
        <comment>run name, how it ended</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsTableModel.cpp" line="239"/>
        <source>%1
The run did not finish: its numbers are never marked best.</source>
        <translation>%1
Der Lauf wurde nicht abgeschlossen: Seine Werte werden nie als beste markiert.</translation>
    </message>
</context>
<context>
    <name>RunCatalog</name>
    <message>
        <location filename="../ui/runs/RunCatalog.cpp" line="77"/>
        <source>%1 is not a run in the list.</source>
        <translation>%1 ist kein Lauf in der Liste.</translation>
    </message>
</context>
<context>
    <name>RunConfigDialog</name>
    <message>
        <location filename="../ui/results/RunConfigDialog.cpp" line="43"/>
        <source>Settings of “%1”</source>
        <translation>Einstellungen von „%1“</translation>
    </message>
    <message>
        <location filename="../ui/results/RunConfigDialog.cpp" line="46"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../ui/results/RunConfigDialog.cpp" line="47"/>
        <source>Method:</source>
        <translation>Methode:</translation>
    </message>
    <message>
        <location filename="../ui/results/RunConfigDialog.cpp" line="48"/>
        <source>Folder:</source>
        <translation>Ordner:</translation>
    </message>
    <message>
        <location filename="../ui/results/RunConfigDialog.cpp" line="53"/>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <location filename="../ui/results/RunConfigDialog.cpp" line="53"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>RunDiffView</name>
    <message>
        <location filename="../ui/results/RunDiffView.cpp" line="59"/>
        <location filename="../ui/results/RunDiffView.cpp" line="152"/>
        <source>Tick two runs on the same data to see what changed between them.</source>
        <translation>Haken Sie zwei Läufe auf denselben Daten an, um zu sehen, was sich zwischen ihnen geändert hat.</translation>
    </message>
    <message>
        <location filename="../ui/results/RunDiffView.cpp" line="157"/>
        <source>A and B are the same run: choose another run for one of them.</source>
        <translation>A und B sind derselbe Lauf: Wählen Sie für einen von beiden einen anderen Lauf.</translation>
    </message>
    <message>
        <location filename="../ui/results/RunDiffView.cpp" line="161"/>
        <source>Reading both runs&apos; predictions…</source>
        <translation>Die Vorhersagen beider Läufe werden gelesen…</translation>
    </message>
    <message>
        <location filename="../ui/results/RunDiffView.cpp" line="173"/>
        <source>These runs cannot be compared sample by sample: %1</source>
        <translation>Diese Läufe lassen sich nicht Beispiel für Beispiel vergleichen: %1</translation>
    </message>
    <message>
        <location filename="../ui/results/RunDiffView.cpp" line="224"/>
        <source>Confusion matrix of B − A</source>
        <translation>Konfusionsmatrix von B − A</translation>
    </message>
    <message>
        <location filename="../ui/results/RunDiffView.cpp" line="237"/>
        <source>Accuracy %1 → %2 (%3) · macro F1 %4 → %5 (%6) · &lt;b&gt;fixed %7&lt;/b&gt;, &lt;b&gt;broken %8&lt;/b&gt; of %9 %10 samples</source>
        <translation>Genauigkeit %1 → %2 (%3) · Makro-F1 %4 → %5 (%6) · &lt;b&gt;%7 behoben&lt;/b&gt;, &lt;b&gt;%8 verschlechtert&lt;/b&gt; von %9 Beispielen (%10)</translation>
    </message>
    <message>
        <location filename="../ui/results/RunDiffView.cpp" line="278"/>
        <source>Fixed by B (%1)</source>
        <translation>Von B behoben (%1)</translation>
    </message>
    <message>
        <location filename="../ui/results/RunDiffView.cpp" line="280"/>
        <source>Broken by B (%1)</source>
        <translation>Von B verschlechtert (%1)</translation>
    </message>
    <message>
        <location filename="../ui/results/RunDiffView.cpp" line="290"/>
        <source>Cell: true %1 → predicted %2 (%3)</source>
        <translation>Zelle: tatsächlich %1 → vorhergesagt %2 (%3)</translation>
    </message>
    <message>
        <location filename="../ui/results/RunDiffViewWidgets.cpp" line="23"/>
        <source>The run compared against (before).</source>
        <translation>Der Lauf, mit dem verglichen wird (vorher).</translation>
    </message>
    <message>
        <location filename="../ui/results/RunDiffViewWidgets.cpp" line="26"/>
        <source>The run whose changes are shown (after).</source>
        <translation>Der Lauf, dessen Änderungen gezeigt werden (nachher).</translation>
    </message>
    <message>
        <location filename="../ui/results/RunDiffViewWidgets.cpp" line="34"/>
        <source>Swap A and B</source>
        <translation>A und B tauschen</translation>
    </message>
    <message>
        <location filename="../ui/results/RunDiffViewWidgets.cpp" line="40"/>
        <source>A:</source>
        <translation>A:</translation>
    </message>
    <message>
        <location filename="../ui/results/RunDiffViewWidgets.cpp" line="43"/>
        <source>B:</source>
        <translation>B:</translation>
    </message>
    <message>
        <location filename="../ui/results/RunDiffViewWidgets.cpp" line="61"/>
        <source>Cells count samples B − A: on the diagonal more is better, elsewhere fewer is. Click a cell to list its samples.</source>
        <translation>Die Zellen zählen Beispiele B − A: Auf der Diagonale ist mehr besser, sonst weniger. Klicken Sie auf eine Zelle, um ihre Beispiele aufzulisten.</translation>
    </message>
    <message>
        <location filename="../ui/results/RunDiffViewWidgets.cpp" line="82"/>
        <source>Show in Dataset</source>
        <translation>Im Datensatz zeigen</translation>
    </message>
    <message>
        <location filename="../ui/results/RunDiffViewWidgets.cpp" line="84"/>
        <source>Show these samples in the Dataset place, with the rest of their data.</source>
        <translation>Diese Beispiele im Bereich Datensatz zeigen, zusammen mit ihren übrigen Daten.</translation>
    </message>
    <message>
        <location filename="../ui/results/RunDiffViewWidgets.cpp" line="98"/>
        <source>Samples:</source>
        <translation>Beispiele:</translation>
    </message>
</context>
<context>
    <name>RunEnding</name>
    <message>
        <location filename="../ui/training/RunEnding.cpp" line="15"/>
        <source>base</source>
        <translation>Basis</translation>
    </message>
    <message>
        <location filename="../ui/training/RunEnding.cpp" line="17"/>
        <source>full</source>
        <translation>voll</translation>
    </message>
    <message>
        <location filename="../ui/training/RunEnding.cpp" line="19"/>
        <source>LoRA</source>
        <translation>LoRA</translation>
    </message>
    <message>
        <location filename="../ui/training/RunEnding.cpp" line="34"/>
        <source>Cancelled during %1</source>
        <translation>Während %1 abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/training/RunEnding.cpp" line="35"/>
        <source>Cancelled during the evaluation</source>
        <translation>Während der Evaluation abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/training/RunEnding.cpp" line="38"/>
        <source>Cancelled during %1 before its first step</source>
        <translation>Während %1 vor dem ersten Schritt abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/training/RunEnding.cpp" line="39"/>
        <location filename="../ui/training/RunEnding.cpp" line="71"/>
        <source>Cancelled before the first step</source>
        <translation>Vor dem ersten Schritt abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/training/RunEnding.cpp" line="44"/>
        <source>Cancelled during %1 at step %2 of %3 — resumable</source>
        <translation>Während %1 bei Schritt %2 von %3 abgebrochen – fortsetzbar</translation>
    </message>
    <message>
        <location filename="../ui/training/RunEnding.cpp" line="45"/>
        <source>Cancelled during %1 at step %2 of %3</source>
        <translation>Während %1 bei Schritt %2 von %3 abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/training/RunEnding.cpp" line="50"/>
        <source>Cancelled at step %1 of %2 — resumable</source>
        <translation>Bei Schritt %1 von %2 abgebrochen – fortsetzbar</translation>
    </message>
    <message>
        <location filename="../ui/training/RunEnding.cpp" line="51"/>
        <source>Cancelled at step %1 of %2</source>
        <translation>Bei Schritt %1 von %2 abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/training/RunEnding.cpp" line="60"/>
        <source>duration %1</source>
        <translation>Dauer %1</translation>
    </message>
    <message>
        <location filename="../ui/training/RunEnding.cpp" line="63"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/training/RunEnding.cpp" line="64"/>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/training/RunEnding.cpp" line="78"/>
        <source>Finished</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../ui/training/RunEnding.cpp" line="79"/>
        <location filename="../ui/training/RunEnding.cpp" line="89"/>
        <source>Finished: %1 · %2</source>
        <translation>Abgeschlossen: %1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/training/RunEnding.cpp" line="86"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/training/RunEnding.cpp" line="88"/>
        <source>Finished: %1</source>
        <translation>Abgeschlossen: %1</translation>
    </message>
    <message>
        <location filename="../ui/training/RunEnding.cpp" line="96"/>
        <source>perplexity %1</source>
        <translation>Perplexität %1</translation>
    </message>
    <message>
        <location filename="../ui/training/RunEnding.cpp" line="98"/>
        <source>accuracy %1%</source>
        <translation>Genauigkeit %1&#xa0;%</translation>
    </message>
</context>
<context>
    <name>RunListPanel</name>
    <message>
        <location filename="../ui/results/RunListPanel.cpp" line="42"/>
        <source>Right-click a run to rename, delete, resume or open it.</source>
        <translation>Klicken Sie mit der rechten Maustaste auf einen Lauf, um ihn umzubenennen, zu löschen, fortzusetzen oder zu öffnen.</translation>
    </message>
    <message>
        <location filename="../ui/results/RunListPanel.cpp" line="55"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/results/RunListPanel.cpp" line="57"/>
        <source>Bring the deleted run back from the trash (Ctrl+Z in the list)</source>
        <translation>Den gelöschten Lauf aus dem Papierkorb zurückholen (Strg+Z in der Liste)</translation>
    </message>
    <message>
        <location filename="../ui/results/RunListPanel.cpp" line="62"/>
        <source>Hide this message</source>
        <translation>Diese Meldung ausblenden</translation>
    </message>
    <message>
        <location filename="../ui/results/RunListPanel.cpp" line="92"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <location filename="../ui/results/RunListPanel.cpp" line="93"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../ui/results/RunListPanel.cpp" line="94"/>
        <source>&amp;Undo Delete</source>
        <translation>Löschen &amp;rückgängig machen</translation>
    </message>
    <message>
        <location filename="../ui/results/RunListPanel.cpp" line="95"/>
        <source>&amp;Open Run Folder</source>
        <translation>Ordner des Laufs ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../ui/results/RunListPanel.cpp" line="96"/>
        <source>Show &amp;Settings…</source>
        <translation>&amp;Einstellungen anzeigen…</translation>
    </message>
    <message>
        <location filename="../ui/results/RunListPanel.cpp" line="97"/>
        <source>Res&amp;ume Training</source>
        <translation>&amp;Training fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/results/RunListPanel.cpp" line="98"/>
        <source>Move the run&apos;s folder to the trash</source>
        <translation>Den Ordner des Laufs in den Papierkorb verschieben</translation>
    </message>
    <message>
        <location filename="../ui/results/RunListPanel.cpp" line="99"/>
        <source>Continue the run from its latest checkpoint with its recorded settings, as litetune-cli train --resume does</source>
        <translation>Den Lauf ab seinem letzten Checkpoint mit seinen gespeicherten Einstellungen fortsetzen, wie es litetune-cli train --resume tut</translation>
    </message>
    <message>
        <location filename="../ui/results/RunListPanel.cpp" line="170"/>
        <source>“%1” is running; rename it when it has finished.</source>
        <translation>„%1“ läuft; benennen Sie ihn um, wenn er abgeschlossen ist.</translation>
    </message>
    <message>
        <location filename="../ui/results/RunListPanel.cpp" line="189"/>
        <source>Run “%1” moved to the trash.</source>
        <translation>Lauf „%1“ in den Papierkorb verschoben.</translation>
    </message>
    <message>
        <location filename="../ui/results/RunListPanel.cpp" line="198"/>
        <source>There is no trash for %1, so the run stays where it is. Open Run Folder to delete it yourself.</source>
        <translation>Für %1 gibt es keinen Papierkorb, daher bleibt der Lauf, wo er ist. Mit „Ordner des Laufs öffnen“ können Sie ihn selbst löschen.</translation>
    </message>
    <message>
        <location filename="../ui/results/RunListPanel.cpp" line="224"/>
        <source>Could not open %1.</source>
        <translation>%1 konnte nicht geöffnet werden.</translation>
    </message>
</context>
<context>
    <name>RunPredictor</name>
    <message>
        <location filename="../ui/playground/RunPredictor.cpp" line="40"/>
        <source>Cancelled before its evaluation finished: nothing to ask.</source>
        <translation>Abgebrochen, bevor die Evaluation fertig war: Es gibt nichts zu befragen.</translation>
    </message>
    <message>
        <location filename="../ui/playground/RunPredictor.cpp" line="41"/>
        <source>This evaluation has no results, so its labels are unknown.</source>
        <translation>Diese Evaluation hat keine Ergebnisse, ihre Labels sind daher unbekannt.</translation>
    </message>
    <message>
        <location filename="../ui/playground/RunPredictor.cpp" line="58"/>
        <source>Cancelled before it saved a model: nothing to ask.</source>
        <translation>Abgebrochen, bevor ein Modell gespeichert wurde: Es gibt nichts zu befragen.</translation>
    </message>
    <message>
        <location filename="../ui/playground/RunPredictor.cpp" line="59"/>
        <source>This run saved no model (%1 is missing).</source>
        <translation>Dieser Lauf hat kein Modell gespeichert (%1 fehlt).</translation>
    </message>
    <message>
        <location filename="../ui/playground/RunPredictor.cpp" line="68"/>
        <source>Waiting for the engine: a training run is in progress, the predictions follow when it ends.</source>
        <translation>Warten auf die Engine: Ein Trainingslauf ist im Gange, die Vorhersagen folgen, wenn er endet.</translation>
    </message>
    <message>
        <location filename="../ui/playground/RunPredictor.cpp" line="70"/>
        <source>Asking the runs…</source>
        <translation>Läufe werden befragt…</translation>
    </message>
</context>
<context>
    <name>RunRemoval</name>
    <message>
        <location filename="../ui/runs/RunRemoval.cpp" line="53"/>
        <source>%1 is not a run in the list; only listed runs are deleted.</source>
        <translation>%1 ist kein Lauf in der Liste; nur aufgeführte Läufe werden gelöscht.</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunRemoval.cpp" line="56"/>
        <source>“%1” is running; cancel it or wait until it has finished.</source>
        <translation>„%1“ läuft; brechen Sie ihn ab oder warten Sie, bis er abgeschlossen ist.</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunRemoval.cpp" line="78"/>
        <source>Cannot put “%1” back: %2 exists again.</source>
        <translation>„%1“ kann nicht wiederhergestellt werden: %2 existiert wieder.</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunRemoval.cpp" line="81"/>
        <source>Cannot put “%1” back: it is no longer in the trash.</source>
        <translation>„%1“ kann nicht wiederhergestellt werden: Der Lauf ist nicht mehr im Papierkorb.</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunRemoval.cpp" line="84"/>
        <source>Cannot move %1 back to %2.</source>
        <translation>%1 kann nicht zurück nach %2 verschoben werden.</translation>
    </message>
</context>
<context>
    <name>RunResumer</name>
    <message>
        <location filename="../ui/training/RunResumer.cpp" line="49"/>
        <source>“%1” is not in the runs folder any more.</source>
        <translation>„%1“ ist nicht mehr im Ordner der Läufe.</translation>
    </message>
    <message>
        <location filename="../ui/training/RunResumer.cpp" line="53"/>
        <source>Another run is in progress. Resume “%1” when it has finished, or cancel it in the Train place.</source>
        <translation>Ein anderer Lauf ist im Gange. Setzen Sie „%1“ fort, wenn dieser abgeschlossen ist, oder brechen Sie ihn im Bereich Training ab.</translation>
    </message>
    <message>
        <location filename="../ui/training/RunResumer.cpp" line="58"/>
        <source>“%1” is running in another LiteTune process.</source>
        <translation>„%1“ läuft in einem anderen LiteTune-Prozess.</translation>
    </message>
    <message>
        <location filename="../ui/training/RunResumer.cpp" line="63"/>
        <source>“%1” cannot be resumed: it finished, or it stopped before its first checkpoint.</source>
        <translation>„%1“ kann nicht fortgesetzt werden: Er ist abgeschlossen oder hat vor seinem ersten Checkpoint angehalten.</translation>
    </message>
    <message>
        <location filename="../ui/training/RunResumer.cpp" line="109"/>
        <source>Resuming from step %1; the curves up to it are read from the run&apos;s history.csv.</source>
        <translation>Fortsetzung ab Schritt %1; die Kurven bis dorthin werden aus der history.csv des Laufs gelesen.</translation>
    </message>
</context>
<context>
    <name>RunSelectionModel</name>
    <message>
        <location filename="../ui/results/RunSelectionModel.cpp" line="167"/>
        <source>%1 (running elsewhere, PID %2)</source>
        <translation>%1 (läuft anderswo, PID %2)</translation>
    </message>
    <message>
        <location filename="../ui/results/RunSelectionModel.cpp" line="168"/>
        <source>%1 (running elsewhere)</source>
        <translation>%1 (läuft anderswo)</translation>
    </message>
    <message>
        <location filename="../ui/results/RunSelectionModel.cpp" line="172"/>
        <source>%1 (cancelled, resumable)</source>
        <translation>%1 (abgebrochen, fortsetzbar)</translation>
    </message>
    <message>
        <location filename="../ui/results/RunSelectionModel.cpp" line="172"/>
        <source>%1 (resumable)</source>
        <translation>%1 (fortsetzbar)</translation>
    </message>
    <message>
        <location filename="../ui/results/RunSelectionModel.cpp" line="174"/>
        <source>%1 (cancelled)</source>
        <translation>%1 (abgebrochen)</translation>
    </message>
    <message>
        <location filename="../ui/results/RunSelectionModel.cpp" line="181"/>
        <source>%1 — %2&lt;br&gt;Accuracy %3, macro F1 %4&lt;br&gt;%5</source>
        <translation>%1 – %2&lt;br&gt;Genauigkeit %3, Makro-F1 %4&lt;br&gt;%5</translation>
    </message>
    <message>
        <location filename="../ui/results/RunSelectionModel.cpp" line="188"/>
        <source>&lt;br&gt;&lt;b&gt;Resumable&lt;/b&gt;: it stopped before the end and kept a checkpoint. Continue it with Resume Training (right-click), or &lt;code&gt;litetune-cli train --resume %1&lt;/code&gt;</source>
        <translation>&lt;br&gt;&lt;b&gt;Fortsetzbar&lt;/b&gt;: Der Lauf hat vor dem Ende angehalten und einen Checkpoint behalten. Setzen Sie ihn fort mit „Training fortsetzen“ (Rechtsklick) oder mit &lt;code&gt;litetune-cli train --resume %1&lt;/code&gt;</translation>
    </message>
    <message>
        <location filename="../ui/results/RunSelectionModel.cpp" line="224"/>
        <source>Could not rename “%1”: %2</source>
        <translation>„%1“ konnte nicht umbenannt werden: %2</translation>
    </message>
</context>
<context>
    <name>SamplePane</name>
    <message>
        <location filename="../ui/dataset/SamplePane.cpp" line="43"/>
        <source>Select a row to see its text, its tokens and the runs&apos; predictions.</source>
        <translation>Wählen Sie eine Zeile, um ihren Text, ihre Tokens und die Vorhersagen der Läufe zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/dataset/SamplePane.cpp" line="64"/>
        <source>example %1</source>
        <translation>Beispiel %1</translation>
    </message>
    <message>
        <location filename="../ui/dataset/SamplePane.cpp" line="71"/>
        <source>Tokens appear once the model&apos;s tokenizer is loaded.</source>
        <translation>Tokens erscheinen, sobald der Tokenizer des Modells geladen ist.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dataset/SamplePane.cpp" line="80"/>
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n Token</numerusform>
            <numerusform>%n Tokens</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dataset/SamplePane.cpp" line="127"/>
        <source>Predictions</source>
        <translation>Vorhersagen</translation>
    </message>
    <message>
        <location filename="../ui/dataset/SamplePane.cpp" line="127"/>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <location filename="../ui/dataset/SamplePane.cpp" line="127"/>
        <source>Predicted</source>
        <translation>Vorhergesagt</translation>
    </message>
    <message>
        <location filename="../ui/dataset/SamplePane.cpp" line="128"/>
        <source>Probability</source>
        <translation>Wahrscheinlichkeit</translation>
    </message>
    <message>
        <location filename="../ui/dataset/SamplePane.cpp" line="128"/>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <location filename="../ui/dataset/SamplePane.cpp" line="133"/>
        <source>no label</source>
        <translation>kein Label</translation>
    </message>
</context>
<context>
    <name>SettingsNoticeBar</name>
    <message>
        <location filename="../ui/configure/SettingsNoticeBar.cpp" line="23"/>
        <source>Hide this message</source>
        <translation>Diese Meldung ausblenden</translation>
    </message>
</context>
<context>
    <name>SweepAxisEditor</name>
    <message>
        <location filename="../ui/sweep/SweepAxisEditor.cpp" line="22"/>
        <source>&amp;Add option</source>
        <translation>Option &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/sweep/SweepAxisEditor.cpp" line="24"/>
        <source>Vary one more option; the sweep runs every combination (grid) or a random draw of them</source>
        <translation>Eine weitere Option variieren; der Sweep führt jede Kombination aus (Raster) oder eine zufällige Auswahl davon</translation>
    </message>
    <message>
        <location filename="../ui/sweep/SweepAxisEditor.cpp" line="50"/>
        <source>Values separated by commas; a real option may give LOW:HIGH for a random sweep; list items join with +</source>
        <translation>Werte durch Kommas getrennt; eine reellwertige Option kann für einen zufälligen Sweep LOW:HIGH angeben; Listenelemente werden mit + verbunden</translation>
    </message>
    <message>
        <location filename="../ui/sweep/SweepAxisEditor.cpp" line="53"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/sweep/SweepAxisEditor.cpp" line="54"/>
        <source>Stop varying this option</source>
        <translation>Diese Option nicht mehr variieren</translation>
    </message>
    <message>
        <location filename="../ui/sweep/SweepAxisEditor.cpp" line="111"/>
        <source>now %1; e.g. %1, …</source>
        <translation>aktuell %1; z. B. %1, …</translation>
    </message>
    <message>
        <location filename="../ui/sweep/SweepAxisEditor.cpp" line="112"/>
        <source>now %1; any of %2</source>
        <translation>aktuell %1; möglich: %2</translation>
    </message>
</context>
<context>
    <name>SweepDialog</name>
    <message>
        <location filename="../ui/sweep/SweepDialog.cpp" line="39"/>
        <source>Sweep</source>
        <translation>Sweep</translation>
    </message>
    <message>
        <location filename="../ui/sweep/SweepDialog.cpp" line="47"/>
        <source>&amp;Grid: every combination</source>
        <translation>&amp;Raster: jede Kombination</translation>
    </message>
    <message>
        <location filename="../ui/sweep/SweepDialog.cpp" line="50"/>
        <source>&amp;Random:</source>
        <translation>&amp;Zufällig:</translation>
    </message>
    <message>
        <location filename="../ui/sweep/SweepDialog.cpp" line="59"/>
        <source> runs drawn</source>
        <translation> gezogene Läufe</translation>
    </message>
    <message>
        <location filename="../ui/sweep/SweepDialog.cpp" line="60"/>
        <source>Distinct points drawn from the grid (or sampled from LOW:HIGH ranges), seeded by the seed</source>
        <translation>Verschiedene Punkte aus dem Raster (oder Stichproben aus LOW:HIGH-Bereichen); der Seed bestimmt die Auswahl</translation>
    </message>
    <message>
        <location filename="../ui/sweep/SweepDialog.cpp" line="74"/>
        <source>Options to vary</source>
        <translation>Zu variierende Optionen</translation>
    </message>
    <message>
        <location filename="../ui/sweep/SweepDialog.cpp" line="78"/>
        <source>Runs:</source>
        <translation>Läufe:</translation>
    </message>
    <message>
        <location filename="../ui/sweep/SweepDialog.cpp" line="79"/>
        <source>Sort by:</source>
        <translation>Sortieren nach:</translation>
    </message>
    <message>
        <location filename="../ui/sweep/SweepDialog.cpp" line="84"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../ui/sweep/SweepDialog.cpp" line="84"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/sweep/SweepDialog.cpp" line="84"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/sweep/SweepDialog.cpp" line="84"/>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <location filename="../ui/sweep/SweepDialog.cpp" line="84"/>
        <source>Time</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../ui/sweep/SweepDialog.cpp" line="90"/>
        <source>%v of %m runs ended</source>
        <translation>%v von %m Läufen beendet</translation>
    </message>
    <message>
        <location filename="../ui/sweep/SweepDialog.cpp" line="103"/>
        <source>&amp;Queue</source>
        <translation>&amp;Warteschlange</translation>
    </message>
    <message>
        <location filename="../ui/sweep/SweepDialog.cpp" line="104"/>
        <source>R&amp;esults</source>
        <translation>&amp;Ergebnisse</translation>
    </message>
    <message>
        <location filename="../ui/sweep/SweepDialog.cpp" line="106"/>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <location filename="../ui/sweep/SweepDialog.cpp" line="109"/>
        <source>&amp;Cancel Sweep</source>
        <translation>Sweep a&amp;bbrechen</translation>
    </message>
    <message>
        <location filename="../ui/sweep/SweepDialog.cpp" line="111"/>
        <source>Stop the running point (it stays resumable) and the queue; finished runs stay</source>
        <translation>Den laufenden Punkt (er bleibt fortsetzbar) und die Warteschlange anhalten; abgeschlossene Läufe bleiben erhalten</translation>
    </message>
    <message>
        <location filename="../ui/sweep/SweepDialog.cpp" line="137"/>
        <source>training %1 / %2</source>
        <translation>Training %1 / %2</translation>
    </message>
    <message>
        <location filename="../ui/sweep/SweepDialog.cpp" line="137"/>
        <source>evaluating %1 / %2</source>
        <translation>Evaluation %1 / %2</translation>
    </message>
    <message>
        <location filename="../ui/sweep/SweepDialog.cpp" line="145"/>
        <source>Sweep cancelled; finished runs stay in %1</source>
        <translation>Sweep abgebrochen; abgeschlossene Läufe bleiben in %1</translation>
    </message>
    <message>
        <location filename="../ui/sweep/SweepDialog.cpp" line="145"/>
        <source>Sweep finished: %1</source>
        <translation>Sweep abgeschlossen: %1</translation>
    </message>
    <message>
        <location filename="../ui/sweep/SweepDialog.cpp" line="180"/>
        <location filename="../ui/sweep/SweepDialog.cpp" line="181"/>
        <source>demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <location filename="../ui/sweep/SweepDialog.cpp" line="182"/>
        <source>Every run starts from the Configure place&apos;s settings (method %1, model %2, data %3) and changes only the options below.</source>
        <translation>Jeder Lauf geht von den Einstellungen im Bereich Konfiguration aus (Methode %1, Modell %2, Daten %3) und ändert nur die Optionen unten.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sweep/SweepDialog.cpp" line="204"/>
        <source>%n run(s), one after another, sorted by %1 (%2 is better)</source>
        <translation>
            <numerusform>%n Lauf, sortiert nach %1 (%2 ist besser)</numerusform>
            <numerusform>%n Läufe nacheinander, sortiert nach %1 (%2 ist besser)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sweep/SweepDialog.cpp" line="206"/>
        <source>lower</source>
        <translation>niedriger</translation>
    </message>
    <message>
        <location filename="../ui/sweep/SweepDialog.cpp" line="206"/>
        <source>higher</source>
        <translation>höher</translation>
    </message>
    <message>
        <location filename="../ui/sweep/SweepDialog.cpp" line="225"/>
        <source>Start a large sweep?</source>
        <translation>Einen großen Sweep starten?</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sweep/SweepDialog.cpp" line="226"/>
        <source>This sweep queues %n runs, one after another.</source>
        <translation>
            <numerusform>Dieser Sweep stellt %n Lauf in die Warteschlange.</numerusform>
            <numerusform>Dieser Sweep stellt %n Läufe nacheinander in die Warteschlange.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sweep/SweepDialog.cpp" line="251"/>
        <source>Sweep folder: %1</source>
        <translation>Sweep-Ordner: %1</translation>
    </message>
    <message>
        <location filename="../ui/sweep/SweepDialog.cpp" line="274"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>SweepQueue</name>
    <message>
        <location filename="../ui/sweep/SweepQueue.cpp" line="34"/>
        <source>A run is already in progress.</source>
        <translation>Ein Lauf ist bereits im Gange.</translation>
    </message>
</context>
<context>
    <name>SweepResultsView</name>
    <message>
        <location filename="../ui/sweep/SweepResultsView.cpp" line="40"/>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <location filename="../ui/sweep/SweepResultsView.cpp" line="42"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location filename="../ui/sweep/SweepResultsView.cpp" line="44"/>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <location filename="../ui/sweep/SweepResultsView.cpp" line="46"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/sweep/SweepResultsView.cpp" line="48"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/sweep/SweepResultsView.cpp" line="102"/>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location filename="../ui/sweep/SweepResultsView.cpp" line="109"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/sweep/SweepResultsView.cpp" line="109"/>
        <source>Time</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../ui/sweep/SweepResultsView.cpp" line="109"/>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location filename="../ui/sweep/SweepResultsView.cpp" line="137"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../ui/sweep/SweepResultsView.cpp" line="147"/>
        <source>Sorted: lower is better</source>
        <translation>Sortiert: niedriger ist besser</translation>
    </message>
    <message>
        <location filename="../ui/sweep/SweepResultsView.cpp" line="148"/>
        <source>Sorted: higher is better</source>
        <translation>Sortiert: höher ist besser</translation>
    </message>
</context>
<context>
    <name>TrainOption</name>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="34"/>
        <source>What a run does: evaluate the model as it is (base), fine-tune every weight (full), train LoRA adapters beside frozen weights, train only the classification head, or only the biases (bitfit).</source>
        <translation>Was ein Lauf tut: das Modell unverändert evaluieren (base), alle Gewichte feinabstimmen (full), LoRA-Adapter neben eingefrorenen Gewichten trainieren, nur den Klassifikationskopf trainieren oder nur die Biases (bitfit).</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="41"/>
        <source>What the model learns: a label per text (classification), or the next token of raw text, one document per line or one per .txt file of a folder (causal-lm: continued pretraining; with --method full or lora).</source>
        <translation>Was das Modell lernt: ein Label pro Text (classification) oder das nächste Token von Rohtext, ein Dokument pro Zeile oder eines pro .txt-Datei eines Ordners (causal-lm: fortgesetztes Vortraining; mit --method full oder lora).</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="47"/>
        <source>A Hugging Face model folder, a cached model id, or &quot;demo&quot;.</source>
        <translation>Ein Hugging-Face-Modellordner, eine zwischengespeicherte Modell-ID oder „demo“.</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="51"/>
        <source>A PEFT adapter folder to start from.</source>
        <translation>Ein PEFT-Adapterordner als Ausgangspunkt.</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="55"/>
        <source>CSV/TSV, JSON Lines, a split folder, a TweetEval folder, an archive of any of these, or &quot;demo&quot;.</source>
        <translation>CSV/TSV, JSON Lines, ein Split-Ordner, ein TweetEval-Ordner, ein Archiv davon oder „demo“.</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="60"/>
        <source>&amp;Epochs:</source>
        <translation>&amp;Epochen:</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="61"/>
        <source>How many times training goes through the whole training split.</source>
        <translation>Wie oft das Training den gesamten Trainings-Split durchläuft.</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="66"/>
        <source>Max &amp;steps:</source>
        <translation>Max. Sc&amp;hritte:</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="67"/>
        <source>Stop after this many optimizer steps, whatever the epochs say.</source>
        <translation>Nach so vielen Optimiererschritten anhalten, unabhängig von den Epochen.</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="69"/>
        <source>from the epochs</source>
        <translation>aus den Epochen</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="70"/>
        <location filename="../engine/config/OptionTable.cpp" line="138"/>
        <location filename="../engine/config/OptionTable.cpp" line="201"/>
        <source>steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="73"/>
        <source>&amp;Learning rate:</source>
        <translation>Lern&amp;rate:</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="74"/>
        <source>The peak step size of AdamW; full fine-tuning of GPT-2 likes about 5e-5, LoRA about ten times more.</source>
        <translation>Die maximale Schrittweite von AdamW; vollständige Feinabstimmung von GPT-2 mag etwa 5e-5, LoRA etwa das Zehnfache.</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="80"/>
        <source>&amp;Batch size:</source>
        <translation>&amp;Batchgröße:</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="81"/>
        <source>Examples per forward pass; more needs more memory.</source>
        <translation>Beispiele pro Vorwärtsdurchlauf; mehr braucht mehr Speicher.</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="85"/>
        <source>&amp;Gradient accumulation:</source>
        <translation>Gradienten-A&amp;kkumulation:</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="86"/>
        <source>Forward passes whose gradients add up before one optimizer step, for a larger effective batch without more memory.</source>
        <translation>Vorwärtsdurchläufe, deren Gradienten sich vor einem Optimiererschritt aufsummieren – für einen größeren effektiven Batch ohne mehr Speicher.</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="91"/>
        <source>Max &amp;length:</source>
        <translation>Max. &amp;Länge:</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="92"/>
        <source>Tokens kept per example; longer texts are cut (see the token-length histogram).</source>
        <translation>Pro Beispiel behaltene Tokens; längere Texte werden abgeschnitten (siehe Histogramm der Token-Längen).</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="94"/>
        <source>tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="97"/>
        <source>&amp;Seed:</source>
        <translation>&amp;Seed:</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="107"/>
        <source>&amp;Precision:</source>
        <translation>Re&amp;chengenauigkeit:</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="114"/>
        <source>Weight &amp;decay:</source>
        <translation>Weight Deca&amp;y:</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="115"/>
        <source>AdamW&apos;s pull of the weights towards zero each step, a mild regulariser.</source>
        <translation>Der Zug von AdamW, der die Gewichte bei jedem Schritt Richtung null zieht – eine milde Regularisierung.</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="120"/>
        <source>AdamW &amp;epsilon:</source>
        <translation>AdamW-&amp;Epsilon:</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="121"/>
        <source>What AdamW adds to the root of its second moment before it divides, so that steps stay finite (the Trainer&apos;s adam_epsilon).</source>
        <translation>Was AdamW vor dem Teilen zur Wurzel seines zweiten Moments addiert, damit die Schritte endlich bleiben (adam_epsilon des Trainers).</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="127"/>
        <source>&amp;Warm-up ratio:</source>
        <translation>&amp;Warm-up-Anteil:</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="128"/>
        <source>Share of the steps over which the learning rate rises from 0 before it decays linearly.</source>
        <translation>Anteil der Schritte, über die die Lernrate von 0 ansteigt, bevor sie linear abfällt.</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="134"/>
        <source>Evaluate e&amp;very:</source>
        <translation>E&amp;valuieren alle:</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="135"/>
        <source>Evaluate on the validation split every this many optimizer steps.</source>
        <translation>Alle so vielen Optimiererschritte auf dem Validierungs-Split evaluieren.</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="137"/>
        <source>at the end</source>
        <translation>am Ende</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="141"/>
        <source>Training e&amp;xamples:</source>
        <translation>Tra&amp;iningsbeispiele:</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="142"/>
        <source>Train on only the first this many training examples, for quick trials.</source>
        <translation>Nur mit den ersten so vielen Trainingsbeispielen trainieren, für schnelle Versuche.</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="144"/>
        <location filename="../engine/config/OptionTable.cpp" line="150"/>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="147"/>
        <source>Evaluation exa&amp;mples:</source>
        <translation>Eval&amp;uationsbeispiele:</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="148"/>
        <source>Evaluate on only the first this many examples.</source>
        <translation>Nur auf den ersten so vielen Beispielen evaluieren.</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="153"/>
        <source>Examples per forward pass when evaluating (the GUI uses the batch size).</source>
        <translation>Beispiele pro Vorwärtsdurchlauf beim Evaluieren (die GUI verwendet die Batchgröße).</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="157"/>
        <source>Gradient &amp;clipping:</source>
        <translation>Gra&amp;dienten-Clipping:</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="158"/>
        <source>Gradients are scaled down when their global norm exceeds this; 0 turns clipping off.</source>
        <translation>Gradienten werden herunterskaliert, wenn ihre globale Norm diesen Wert übersteigt; 0 schaltet das Clipping aus.</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="163"/>
        <source>Example &amp;order:</source>
        <translation>Reihen&amp;folge der Beispiele:</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="164"/>
        <source>The order of the training examples in an epoch: groups of similar length (least padding), a seeded shuffle, or the file&apos;s order.</source>
        <translation>Die Reihenfolge der Trainingsbeispiele in einer Epoche: Gruppen ähnlicher Länge (am wenigsten Padding), gemischt mit Startwert oder die Reihenfolge der Datei.</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="170"/>
        <source>Metr&amp;ic for best model:</source>
        <translation>Metri&amp;k für bestes Modell:</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="171"/>
        <source>The evaluation metric that picks the best evaluation, for early stopping and --load-best-model-at-end: lower is better for eval_loss and perplexity (causal LM), higher for the others; eval_f1_macro weighs every class equally.</source>
        <translation>Die Evaluationsmetrik, die die beste Evaluation bestimmt, für Early Stopping und --load-best-model-at-end: Niedriger ist besser bei eval_loss und der Perplexität (kausales Sprachmodell), höher bei den anderen; eval_f1_macro gewichtet jede Klasse gleich.</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="181"/>
        <source>Load best model at e&amp;nd</source>
        <translation>Bestes Modell am E&amp;nde laden</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="182"/>
        <source>Save a checkpoint at every evaluation, keep the best one by the metric for best model, and restore its weights before the final evaluation, save and export; needs evaluations during training.</source>
        <translation>Bei jeder Evaluation einen Checkpoint speichern, den besten nach der Metrik für das beste Modell behalten und seine Gewichte vor der abschließenden Evaluation, dem Speichern und dem Export wiederherstellen; braucht Evaluationen während des Trainings.</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="188"/>
        <source>Early stopping &amp;patience:</source>
        <translation>Early-Stopping-Ged&amp;uld:</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="189"/>
        <source>Stop when the metric for best model has not improved for this many evaluations; needs evaluations during training and a validation split.</source>
        <translation>Anhalten, wenn sich die Metrik für das beste Modell so viele Evaluationen lang nicht verbessert hat; braucht Evaluationen während des Trainings und einen Validierungs-Split.</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="192"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="193"/>
        <source>evaluations</source>
        <translation>Evaluationen</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="196"/>
        <source>Check&amp;point every:</source>
        <translation>Check&amp;point alle:</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="197"/>
        <source>Save a resumable checkpoint every this many optimizer steps (always on cancel and at the end).</source>
        <translation>Alle so vielen Optimiererschritte einen fortsetzbaren Checkpoint speichern (immer beim Abbrechen und am Ende).</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="200"/>
        <source>on cancel only</source>
        <translation>nur beim Abbrechen</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="204"/>
        <source>Class-&amp;weighted loss</source>
        <translation>Klassengewichteter Ver&amp;lust</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="205"/>
        <source>Weight each class&apos;s loss by the inverse of its frequency, so rare labels count as much as common ones.</source>
        <translation>Den Verlust jeder Klasse mit dem Kehrwert ihrer Häufigkeit gewichten, damit seltene Labels so viel zählen wie häufige.</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="209"/>
        <source>CPU &amp;threads:</source>
        <translation>CPU-&amp;Threads:</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="98"/>
        <source>Seeds the splits, initialisation, dropout and data order, so a run can be repeated exactly.</source>
        <translation>Initialisiert Splits, Initialisierung, Dropout und Datenreihenfolge, sodass sich ein Lauf exakt wiederholen lässt.</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="102"/>
        <source>Where the model runs: auto (a GPU when there is one), cpu, cuda or cuda:N; a CUDA device that is not there is refused.</source>
        <translation>Wo das Modell läuft: auto (eine GPU, wenn vorhanden), cpu, cuda oder cuda:N; ein nicht vorhandenes CUDA-Gerät wird abgelehnt.</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="108"/>
        <source>The number format of the forward and backward pass: auto is bf16 on a GPU that supports it, else fp32; fp16 runs on CUDA only, with loss scaling. Weights stay float32.</source>
        <translation>Das Zahlenformat von Vorwärts- und Rückwärtsdurchlauf: auto ist bf16 auf einer GPU, die es unterstützt, sonst fp32; fp16 läuft nur auf CUDA, mit Loss-Scaling. Die Gewichte bleiben float32.</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="210"/>
        <source>CPU threads for LibTorch and OpenBLAS.</source>
        <translation>CPU-Threads für LibTorch und OpenBLAS.</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="212"/>
        <source>automatic</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="215"/>
        <source>The column that holds the text (default: tweet, text or sentence).</source>
        <translation>Die Spalte mit dem Text (Standard: tweet, text oder sentence).</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="218"/>
        <source>The column that holds the label (default: emoji, label or labels).</source>
        <translation>Die Spalte mit dem Label (Standard: emoji, label oder labels).</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="221"/>
        <source>The share of a single file held out, stratified, for validation.</source>
        <translation>Der Anteil einer einzelnen Datei, der stratifiziert für die Validierung zurückgehalten wird.</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="225"/>
        <source>The share of a single file held out, stratified, for the test split.</source>
        <translation>Der Anteil einer einzelnen Datei, der stratifiziert für den Test-Split zurückgehalten wird.</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="229"/>
        <source>Skip and count rows that do not parse instead of stopping at the first.</source>
        <translation>Zeilen, die sich nicht parsen lassen, überspringen und zählen, statt bei der ersten anzuhalten.</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="232"/>
        <source>Drop invisible characters (U+FE0F, ...) and collapse white space.</source>
        <translation>Unsichtbare Zeichen (U+FE0F, ...) entfernen und Leerräume zusammenfassen.</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="235"/>
        <source>eval: the split to evaluate (default: test if present, else validation).</source>
        <translation>eval: der zu evaluierende Split (Standard: test, falls vorhanden, sonst validation).</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="238"/>
        <source>&amp;Rank r:</source>
        <translation>Ra&amp;ng r:</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="239"/>
        <source>Rank r of the low-rank update B·A; higher adapts more and trains more parameters.</source>
        <translation>Rang r des Low-Rank-Updates B·A; höher passt stärker an und trainiert mehr Parameter.</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="243"/>
        <source>&amp;Alpha:</source>
        <translation>Al&amp;pha:</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="244"/>
        <source>Scale of the LoRA update: it is multiplied by alpha / r.</source>
        <translation>Skalierung des LoRA-Updates: Es wird mit alpha / r multipliziert.</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="249"/>
        <source>Dr&amp;opout:</source>
        <translation>Dr&amp;opout:</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="250"/>
        <source>Dropout on the LoRA branch&apos;s input during training.</source>
        <translation>Dropout auf die Eingabe des LoRA-Zweigs während des Trainings.</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="255"/>
        <source>&amp;Target modules:</source>
        <translation>&amp;Zielmodule:</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="256"/>
        <source>GPT-2 modules that get adapters, comma-separated: c_attn (attention input), c_proj, c_fc (MLP).</source>
        <translation>GPT-2-Module, die Adapter erhalten, durch Kommas getrennt: c_attn (Attention-Eingang), c_proj, c_fc (MLP).</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="261"/>
        <source>Rank-stabilised &amp;scaling</source>
        <translation>Rangstabilisierte &amp;Skalierung</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="262"/>
        <source>Scale the LoRA update by alpha / sqrt(r) instead of alpha / r (PEFT&apos;s use_rslora).</source>
        <translation>Das LoRA-Update mit alpha / sqrt(r) statt alpha / r skalieren (use_rslora von PEFT).</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="265"/>
        <source>LoRA learning r&amp;ate:</source>
        <translation>LoRA-Lernr&amp;ate:</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="266"/>
        <source>A comparison&apos;s learning rate for its LoRA run.</source>
        <translation>Die Lernrate eines Vergleichs für seinen LoRA-Lauf.</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="268"/>
        <source>the learning rate</source>
        <translation>die Lernrate</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="272"/>
        <source>The run folder (default: a new folder under the runs location).</source>
        <translation>Der Ordner des Laufs (Standard: ein neuer Ordner unter dem Speicherort der Läufe).</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="277"/>
        <source>train: continue this run folder from its latest checkpoint; the data must be unchanged.</source>
        <translation>train: diesen Laufordner ab seinem letzten Checkpoint fortsetzen; die Daten müssen unverändert sein.</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="283"/>
        <source>--resume: go on although the dataset changed.</source>
        <translation>--resume: fortfahren, obwohl sich der Datensatz geändert hat.</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="287"/>
        <source>train: start this many data-parallel workers on this machine, one per GPU (or sharing the CPU), each with --batch-size rows of every step; as torchrun&apos;s option.</source>
        <translation>train: so viele datenparallele Worker auf diesem Rechner starten, einen pro GPU (oder gemeinsam auf der CPU), jeder mit --batch-size Zeilen jedes Schritts; wie die Option von torchrun.</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="294"/>
        <source>The run&apos;s name in tables (default: from the method).</source>
        <translation>Der Name des Laufs in Tabellen (Standard: aus der Methode).</translation>
    </message>
</context>
<context>
    <name>TrainPage</name>
    <message>
        <location filename="../ui/training/TrainPage.cpp" line="62"/>
        <location filename="../ui/training/TrainPage.cpp" line="289"/>
        <location filename="../ui/training/TrainPage.cpp" line="337"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainPage.cpp" line="63"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainPage.cpp" line="69"/>
        <source>&lt;b&gt;No run yet&lt;/b&gt; — start one in the Configure place (Ctrl+R trains, Ctrl+Shift+R compares).</source>
        <translation>&lt;b&gt;Noch kein Lauf&lt;/b&gt; – starten Sie einen im Bereich Konfiguration (Strg+R trainiert, Strg+Umschalt+R vergleicht).</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainPage.cpp" line="79"/>
        <source>Pause after the current step; resume where it stopped (Ctrl+P).</source>
        <translation>Nach dem aktuellen Schritt pausieren; dort fortsetzen, wo angehalten wurde (Strg+P).</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainPage.cpp" line="81"/>
        <source>Stop after the current step; a checkpoint is written so the run can resume.</source>
        <translation>Nach dem aktuellen Schritt anhalten; ein Checkpoint wird geschrieben, damit der Lauf fortgesetzt werden kann.</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainPage.cpp" line="82"/>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainPage.cpp" line="84"/>
        <source>Fit the curves into view again (or double-click the plot).</source>
        <translation>Die Kurven wieder in die Ansicht einpassen (oder auf die Grafik doppelklicken).</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainPage.cpp" line="86"/>
        <source>Earlier runs</source>
        <translation>Frühere Läufe</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainPage.cpp" line="87"/>
        <source>Overlay the curves of earlier runs, read from their history.csv.</source>
        <translation>Die Kurven früherer Läufe überlagern, gelesen aus ihrer history.csv.</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainPage.cpp" line="173"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainPage.cpp" line="174"/>
        <source>%1 (causal language model)</source>
        <translation>%1 (kausales Sprachmodell)</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainPage.cpp" line="178"/>
        <source>Started %1 in %2</source>
        <translation>%1 gestartet in %2</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainPage.cpp" line="191"/>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainPage.cpp" line="192"/>
        <source>Evaluating</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainPage.cpp" line="198"/>
        <source>%1 · %2 samples/s · elapsed %3</source>
        <translation>%1 · %2 Beispiele/s · vergangen %3</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainPage.cpp" line="204"/>
        <source>Epoch %1 · loss %2 · lr %3 · %4 samples/s · %5 tokens/s · memory %6 · elapsed %7 · ETA %8</source>
        <translation>Epoche %1 · Verlust %2 · LR %3 · %4 Beispiele/s · %5 Tokens/s · Speicher %6 · vergangen %7 · Rest %8</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainPage.cpp" line="220"/>
        <source>Evaluation at step %1 on %2: loss %3, perplexity %4</source>
        <translation>Evaluation bei Schritt %1 auf %2: Verlust %3, Perplexität %4</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainPage.cpp" line="227"/>
        <source>Evaluation at step %1 on %2: loss %3, accuracy %4%, weighted F1 %5%, macro F1 %6%</source>
        <translation>Evaluation bei Schritt %1 auf %2: Verlust %3, Genauigkeit %4&#xa0;%, gewichteter F1 %5&#xa0;%, Makro-F1 %6&#xa0;%</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainPage.cpp" line="241"/>
        <source>Evaluation cancelled; the run in %1 is marked cancelled.</source>
        <translation>Evaluation abgebrochen; der Lauf in %1 ist als abgebrochen markiert.</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainPage.cpp" line="244"/>
        <source>Cancelled before the first step; the run in %1 is marked cancelled.</source>
        <translation>Vor dem ersten Schritt abgebrochen; der Lauf in %1 ist als abgebrochen markiert.</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainPage.cpp" line="247"/>
        <source>Cancelled at step %1; the checkpoint in %2 resumes it.</source>
        <translation>Bei Schritt %1 abgebrochen; der Checkpoint in %2 setzt ihn fort.</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainPage.cpp" line="251"/>
        <source>Finished %1: perplexity %2, training loss %3, %4 samples/s</source>
        <translation>%1 abgeschlossen: Perplexität %2, Trainingsverlust %3, %4 Beispiele/s</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainPage.cpp" line="256"/>
        <source>Finished %1: accuracy %2%, training loss %3, %4 samples/s</source>
        <translation>%1 abgeschlossen: Genauigkeit %2&#xa0;%, Trainingsverlust %3, %4 Beispiele/s</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainPage.cpp" line="264"/>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainPage.cpp" line="282"/>
        <source>&lt;b&gt;No run started&lt;/b&gt; — the log below says why.</source>
        <translation>&lt;b&gt;Kein Lauf gestartet&lt;/b&gt; – das Protokoll unten nennt den Grund.</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainPage.cpp" line="337"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainPage.cpp" line="339"/>
        <source>Paused.</source>
        <translation>Pausiert.</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainPage.cpp" line="339"/>
        <source>Resumed.</source>
        <translation>Fortgesetzt.</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainPage.cpp" line="349"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainPage.cpp" line="356"/>
        <source>No finished runs yet</source>
        <translation>Noch keine abgeschlossenen Läufe</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainPage.cpp" line="369"/>
        <source>%1 has no curves to show.</source>
        <translation>%1 hat keine Kurven zum Anzeigen.</translation>
    </message>
</context>
<context>
    <name>TrainingPlot</name>
    <message>
        <location filename="../ui/training/TrainingPlot.cpp" line="51"/>
        <location filename="../ui/training/TrainingPlot.cpp" line="70"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPlot.cpp" line="52"/>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPlot.cpp" line="54"/>
        <location filename="../ui/training/TrainingPlot.cpp" line="59"/>
        <location filename="../ui/training/TrainingPlot.cpp" line="182"/>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPlot.cpp" line="56"/>
        <source>Training loss</source>
        <translation>Trainingsverlust</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPlot.cpp" line="57"/>
        <source>Validation loss</source>
        <translation>Validierungsverlust</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPlot.cpp" line="71"/>
        <location filename="../ui/training/TrainingPlot.cpp" line="74"/>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPlot.cpp" line="151"/>
        <source>best %1 at step %2</source>
        <translation>Bestwert %1 bei Schritt %2</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPlot.cpp" line="182"/>
        <source>Perplexity</source>
        <translation>Perplexität</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPlot.cpp" line="193"/>
        <source>%1 · training loss</source>
        <translation>%1 · Trainingsverlust</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPlot.cpp" line="196"/>
        <source>%1 · validation loss</source>
        <translation>%1 · Validierungsverlust</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPlot.cpp" line="200"/>
        <source>%1 · accuracy</source>
        <translation>%1 · Genauigkeit</translation>
    </message>
</context>
<context>
    <name>WorkerProcesses</name>
    <message>
        <location filename="../ui/bridge/WorkerProcesses.cpp" line="60"/>
        <source>LITETUNE_CLI names %1, which is not an executable file; the other workers of the data-parallel run are started with litetune-cli.</source>
        <translation>LITETUNE_CLI nennt %1, das keine ausführbare Datei ist; die anderen Worker des datenparallelen Laufs werden mit litetune-cli gestartet.</translation>
    </message>
    <message>
        <location filename="../ui/bridge/WorkerProcesses.cpp" line="73"/>
        <source>A data-parallel run starts its other workers with litetune-cli, which is neither in %1 nor on PATH (set LITETUNE_CLI to name it).</source>
        <translation>Ein datenparalleler Lauf startet seine anderen Worker mit litetune-cli, das weder in %1 noch im PATH liegt (nennen Sie es mit LITETUNE_CLI).</translation>
    </message>
    <message>
        <location filename="../ui/bridge/WorkerProcesses.cpp" line="91"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../ui/bridge/WorkerProcesses.cpp" line="202"/>
        <source>signal %1 (%2)</source>
        <translation>Signal %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/bridge/WorkerProcesses.cpp" line="207"/>
        <source>exit status %1</source>
        <translation>Exit-Status %1</translation>
    </message>
    <message>
        <location filename="../ui/bridge/WorkerProcesses.cpp" line="211"/>
        <source>was killed by %1</source>
        <translation>wurde durch %1 beendet</translation>
    </message>
    <message>
        <location filename="../ui/bridge/WorkerProcesses.cpp" line="211"/>
        <source>ended with %1</source>
        <translation>endete mit %1</translation>
    </message>
    <message>
        <location filename="../ui/bridge/WorkerProcesses.cpp" line="220"/>
        <source>could not start %1 (%2)</source>
        <translation>konnte %1 nicht starten (%2)</translation>
    </message>
    <message>
        <location filename="../ui/bridge/WorkerProcesses.cpp" line="250"/>
        <source>Worker %1 of %2 (pid %3) %4.</source>
        <translation>Worker %1 von %2 (PID %3) %4.</translation>
    </message>
</context>
<context>
    <name>WorkerStatusPanel</name>
    <message>
        <location filename="../ui/training/WorkerStatusPanel.cpp" line="20"/>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <location filename="../ui/training/WorkerStatusPanel.cpp" line="20"/>
        <source>Runs on</source>
        <translation>Läuft auf</translation>
    </message>
    <message>
        <location filename="../ui/training/WorkerStatusPanel.cpp" line="20"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../ui/training/WorkerStatusPanel.cpp" line="53"/>
        <source>%1 · this window</source>
        <translation>%1 · dieses Fenster</translation>
    </message>
    <message>
        <location filename="../ui/training/WorkerStatusPanel.cpp" line="54"/>
        <source>%1 · pid %2</source>
        <translation>%1 · PID %2</translation>
    </message>
    <message>
        <location filename="../ui/training/WorkerStatusPanel.cpp" line="59"/>
        <source>starting</source>
        <translation>startet</translation>
    </message>
    <message>
        <location filename="../ui/training/WorkerStatusPanel.cpp" line="62"/>
        <source>training</source>
        <translation>trainiert</translation>
    </message>
    <message>
        <location filename="../ui/training/WorkerStatusPanel.cpp" line="65"/>
        <source>finished</source>
        <translation>fertig</translation>
    </message>
    <message>
        <location filename="../ui/training/WorkerStatusPanel.cpp" line="68"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/training/WorkerStatusPanel.cpp" line="68"/>
        <source>cancelled (%1)</source>
        <translation>abgebrochen (%1)</translation>
    </message>
    <message>
        <location filename="../ui/training/WorkerStatusPanel.cpp" line="72"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/training/WorkerStatusPanel.cpp" line="72"/>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/training/WorkerStatusPanel.cpp" line="92"/>
        <source>%1 workers · %2 samples/s together · %3 s waiting for gradient sums (%4 % of the time)</source>
        <translation>%1 Worker · zusammen %2 Beispiele/s · %3 s Warten auf Gradientensummen (%4&#xa0;% der Zeit)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/GuiOptions.cpp" line="7"/>
        <source>Fine-tune GPT-2 text classifiers, fully and with LoRA, and compare the runs.</source>
        <translation>GPT-2-Textklassifikatoren feinabstimmen, vollständig und mit LoRA, und die Läufe vergleichen.</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiOptions.cpp" line="13"/>
        <source>Open the built-in demo dataset and demo model.</source>
        <translation>Den eingebauten Demo-Datensatz und das Demomodell öffnen.</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiOptions.cpp" line="25"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiOptions.cpp" line="19"/>
        <source>Start training as soon as the dataset is open (with --demo: the quick demo).</source>
        <translation>Das Training starten, sobald der Datensatz geöffnet ist (mit --demo: die schnelle Demo).</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiOptions.cpp" line="15"/>
        <source>Colours: system, light or dark (default: the setting ui/colorScheme).</source>
        <translation>Farben: system, light oder dark (Vorgabe: die Einstellung ui/colorScheme).</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiOptions.cpp" line="17"/>
        <source>scheme</source>
        <translation>schema</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiOptions.cpp" line="22"/>
        <source>Start on a place: dataset, configure, train, results (results/difference: its Difference tab) or playground.</source>
        <translation>In einem Bereich starten: dataset, configure, train, results (results/difference: dort der Reiter „Unterschied“) oder playground.</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiOptions.cpp" line="31"/>
        <source>A dataset to open.</source>
        <translation>Ein zu öffnender Datensatz.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="43"/>
        <source>Unknown colour scheme &quot;%1&quot; (system, light or dark).</source>
        <translation>Unbekanntes Farbschema „%1“ (system, light oder dark).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="52"/>
        <source>Unknown place &quot;%1&quot; (dataset, configure, train, results or playground).</source>
        <translation>Unbekannter Bereich „%1“ (dataset, configure, train, results oder playground).</translation>
    </message>
    <message>
        <location filename="../app/gui/Startup.cpp" line="63"/>
        <source>LiteTune&apos;s window needs a display, and there is none (DISPLAY and WAYLAND_DISPLAY are not set).</source>
        <translation>Das Fenster von LiteTune braucht eine Anzeige, und es gibt keine (DISPLAY und WAYLAND_DISPLAY sind nicht gesetzt).</translation>
    </message>
    <message>
        <location filename="../app/gui/Startup.cpp" line="66"/>
        <source>Without one, run QT_QPA_PLATFORM=offscreen litetune ..., or use litetune-cli.</source>
        <translation>Ohne Anzeige starten Sie QT_QPA_PLATFORM=offscreen litetune ... oder verwenden Sie litetune-cli.</translation>
    </message>
</context>
</TS>
