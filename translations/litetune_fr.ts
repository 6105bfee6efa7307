<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../ui/main/AboutDialog.cpp" line="31"/>
        <source>About LiteTune</source>
        <translation>À propos de LiteTune</translation>
    </message>
    <message>
        <location filename="../ui/main/AboutDialog.cpp" line="44"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location filename="../ui/main/AboutDialog.cpp" line="46"/>
        <source>Copy these facts, e.g. into a bug report</source>
        <translation>Copier ces informations, par exemple dans un rapport de bogue</translation>
    </message>
    <message>
        <location filename="../ui/main/AboutDialog.cpp" line="81"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location filename="../ui/main/AboutDialog.cpp" line="82"/>
        <source>&lt;h2&gt;LiteTune %1&lt;/h2&gt;&lt;p&gt;Fine-tune GPT-2 text classifiers on the desktop, fully and with LoRA, and compare the runs.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;LiteTune %1&lt;/h2&gt;&lt;p&gt;Ajustez finement des classifieurs de texte GPT-2 sur votre ordinateur, entièrement ou avec LoRA, et comparez les exécutions.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/main/AboutDialog.cpp" line="87"/>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <location filename="../ui/main/AboutDialog.cpp" line="87"/>
        <source>%1 (built with %2)</source>
        <translation>%1 (compilé avec %2)</translation>
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
        <translation>interrogation du moteur…</translation>
    </message>
    <message>
        <location filename="../ui/main/AboutDialog.cpp" line="98"/>
        <source>The slow reference BLAS is loaded: install libopenblas0-pthread for about 30x faster training.</source>
        <translation>La BLAS de référence, lente, est chargée&#xa0;: installez libopenblas0-pthread pour un entraînement environ 30&#xa0;fois plus rapide.</translation>
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
        <translation>compilé (CUDA %1)</translation>
    </message>
    <message>
        <location filename="../ui/main/AboutDialog.cpp" line="104"/>
        <source>not compiled in (CPU-only LibTorch)</source>
        <translation>non compilé (LibTorch pour CPU seulement)</translation>
    </message>
    <message>
        <location filename="../ui/main/AboutDialog.cpp" line="105"/>
        <source>CPU threads</source>
        <translation>Threads CPU</translation>
    </message>
    <message>
        <location filename="../ui/main/AboutDialog.cpp" line="105"/>
        <source>%1 of %2 cores</source>
        <translation>%1 sur %2 cœurs</translation>
    </message>
    <message>
        <location filename="../ui/main/AboutDialog.cpp" line="119"/>
        <source>no CUDA device</source>
        <translation>aucun périphérique CUDA</translation>
    </message>
    <message>
        <location filename="../ui/main/AboutDialog.cpp" line="121"/>
        <source>Devices</source>
        <translation>Périphériques</translation>
    </message>
    <message>
        <location filename="../ui/main/AboutDialog.cpp" line="124"/>
        <source>Runs folder</source>
        <translation>Dossier des exécutions</translation>
    </message>
    <message>
        <location filename="../ui/main/AboutDialog.cpp" line="127"/>
        <source>Documentation</source>
        <translation>Documentation</translation>
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
        <translation>%1&#xa0;: %2&#xa0;%</translation>
    </message>
    <message>
        <location filename="../ui/playground/BatchPredictionModel.cpp" line="160"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../ui/playground/BatchPredictionModel.cpp" line="164"/>
        <source>%1 (partial)</source>
        <translation>%1 (partiel)</translation>
    </message>
    <message>
        <location filename="../ui/playground/BatchPredictionModel.cpp" line="197"/>
        <location filename="../ui/playground/BatchPredictionModel.cpp" line="202"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>BatchPredictionPane</name>
    <message>
        <location filename="../ui/playground/BatchPredictionPane.cpp" line="32"/>
        <source>Predict All</source>
        <translation>Tout prédire</translation>
    </message>
    <message>
        <location filename="../ui/playground/BatchPredictionPane.cpp" line="33"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/playground/BatchPredictionPane.cpp" line="34"/>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location filename="../ui/playground/BatchPredictionPane.cpp" line="41"/>
        <source>Paste texts here, one per line.</source>
        <translation>Collez les textes ici, un par ligne.</translation>
    </message>
    <message>
        <location filename="../ui/playground/BatchPredictionPane.cpp" line="45"/>
        <source>Stop asking; the answers made so far stay in the table.</source>
        <translation>Arrêter l’interrogation&#xa0;; les réponses déjà obtenues restent dans le tableau.</translation>
    </message>
    <message>
        <location filename="../ui/playground/BatchPredictionPane.cpp" line="50"/>
        <source>%v / %m texts</source>
        <translation>%v / %m textes</translation>
    </message>
    <message>
        <location filename="../ui/playground/BatchPredictionPane.cpp" line="122"/>
        <source>Paste texts first, one per line.</source>
        <translation>Collez d’abord des textes, un par ligne.</translation>
    </message>
    <message>
        <location filename="../ui/playground/BatchPredictionPane.cpp" line="130"/>
        <source>no model</source>
        <translation>pas de modèle</translation>
    </message>
    <message>
        <location filename="../ui/playground/BatchPredictionPane.cpp" line="170"/>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <location filename="../ui/playground/BatchPredictionPane.cpp" line="188"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location filename="../ui/playground/BatchPredictionPane.cpp" line="188"/>
        <source>The batch was cancelled before this run was asked this text.</source>
        <translation>Le lot a été annulé avant que cette exécution ne soit interrogée sur ce texte.</translation>
    </message>
    <message>
        <location filename="../ui/playground/BatchPredictionPane.cpp" line="216"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <location filename="../ui/playground/BatchPredictionPane.cpp" line="221"/>
        <source>Cancelled after %1 of %2 answers; columns marked (partial) lack the rest.</source>
        <translation>Annulé après %1 réponses sur %2&#xa0;; il manque le reste aux colonnes marquées (partiel).</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/playground/BatchPredictionPane.cpp" line="225"/>
        <source>%n text(s), %1 run(s)</source>
        <translation>
            <numerusform>%n texte, exécutions&#xa0;: %1</numerusform>
            <numerusform>%n textes, exécutions&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/playground/BatchPredictionPane.cpp" line="251"/>
        <location filename="../ui/playground/BatchPredictionPane.cpp" line="258"/>
        <source>Export Predictions</source>
        <translation>Exporter les prédictions</translation>
    </message>
    <message>
        <location filename="../ui/playground/BatchPredictionPane.cpp" line="252"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/playground/BatchPredictionPane.cpp" line="266"/>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
</context>
<context>
    <name>BestMetricAdvisor</name>
    <message>
        <location filename="../ui/configure/BestMetricAdvisor.cpp" line="68"/>
        <source>a class has no training example</source>
        <translation>une classe n’a aucun exemple d’entraînement</translation>
    </message>
    <message>
        <location filename="../ui/configure/BestMetricAdvisor.cpp" line="69"/>
        <source>largest %1× the smallest</source>
        <translation>la plus grande fait %1× la plus petite</translation>
    </message>
    <message>
        <location filename="../ui/configure/BestMetricAdvisor.cpp" line="70"/>
        <source>Classes are imbalanced (%1): macro-F1 weighs every class equally.</source>
        <translation>Les classes sont déséquilibrées (%1)&#xa0;: le F1 macro pondère toutes les classes à égalité.</translation>
    </message>
</context>
<context>
    <name>CleaningBanner</name>
    <message>
        <location filename="../ui/dataset/CleaningBanner.cpp" line="32"/>
        <source>Clean text</source>
        <translation>Nettoyer le texte</translation>
    </message>
    <message>
        <location filename="../ui/dataset/CleaningBanner.cpp" line="42"/>
        <source>Open the dataset again with invisible characters dropped and white space collapsed.</source>
        <translation>Rouvrir le jeu de données en supprimant les caractères invisibles et en réduisant les espaces.</translation>
    </message>
    <message>
        <location filename="../ui/dataset/CleaningBanner.cpp" line="62"/>
        <source>%1% of the training texts hold invisible characters or extra white space, but only %2% of the validation texts. A model can learn these leftovers instead of the text.</source>
        <translation>%1&#xa0;% des textes d’entraînement contiennent des caractères invisibles ou des espaces superflues, mais seulement %2&#xa0;% des textes de validation. Un modèle peut apprendre ces restes au lieu du texte.</translation>
    </message>
    <message>
        <location filename="../ui/dataset/CleaningBanner.cpp" line="68"/>
        <source>%1% of the training texts hold invisible characters or extra white space, but only %2% of the test texts. A model can learn these leftovers instead of the text.</source>
        <translation>%1&#xa0;% des textes d’entraînement contiennent des caractères invisibles ou des espaces superflues, mais seulement %2&#xa0;% des textes de test. Un modèle peut apprendre ces restes au lieu du texte.</translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <location filename="../ui/dataset/ColumnMappingDialog.cpp" line="33"/>
        <source>Choose Columns</source>
        <translation>Choisir les colonnes</translation>
    </message>
    <message>
        <location filename="../ui/dataset/ColumnMappingDialog.cpp" line="40"/>
        <source>The column with the text to classify.</source>
        <translation>La colonne contenant le texte à classer.</translation>
    </message>
    <message>
        <location filename="../ui/dataset/ColumnMappingDialog.cpp" line="41"/>
        <source>The column with the class of each text (a name, an emoji or a number).</source>
        <translation>La colonne contenant la classe de chaque texte (un nom, un emoji ou un nombre).</translation>
    </message>
    <message>
        <location filename="../ui/dataset/ColumnMappingDialog.cpp" line="43"/>
        <source>LiteTune could not tell which columns of &lt;b&gt;%1&lt;/b&gt; to use. Pick the text and the label column.</source>
        <translation>LiteTune n’a pas pu déterminer quelles colonnes de &lt;b&gt;%1&lt;/b&gt; utiliser. Choisissez la colonne du texte et celle de l’étiquette.</translation>
    </message>
    <message>
        <location filename="../ui/dataset/ColumnMappingDialog.cpp" line="54"/>
        <source>&amp;Text column:</source>
        <translation>Colonne du &amp;texte&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dataset/ColumnMappingDialog.cpp" line="55"/>
        <source>&amp;Label column:</source>
        <translation>Co&amp;lonne de l’étiquette&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ConfigDiff</name>
    <message>
        <location filename="../ui/results/ConfigDiff.cpp" line="12"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../ui/results/ConfigDiff.cpp" line="15"/>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>ConfigSettings</name>
    <message>
        <location filename="../ui/configure/ConfigSettings.cpp" line="143"/>
        <source>Saved setting %1 = “%2” ignored (%3); using the default %4.</source>
        <translation>Réglage enregistré %1 = «&#xa0;%2&#xa0;» ignoré (%3)&#xa0;; la valeur par défaut %4 est utilisée.</translation>
    </message>
    <message>
        <location filename="../ui/configure/ConfigSettings.cpp" line="147"/>
        <source>Removed unknown saved settings: %1.</source>
        <translation>Réglages enregistrés inconnus supprimés&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>ConfigValidator</name>
    <message>
        <location filename="../ui/configure/ConfigValidator.cpp" line="16"/>
        <location filename="../ui/configure/ConfigurePage.cpp" line="241"/>
        <source>Choose a model.</source>
        <translation>Choisissez un modèle.</translation>
    </message>
    <message>
        <location filename="../ui/configure/ConfigValidator.cpp" line="12"/>
        <source>Open a dataset first (Dataset place, Ctrl+O).</source>
        <translation>Ouvrez d’abord un jeu de données (espace Données, Ctrl+O).</translation>
    </message>
    <message>
        <location filename="../ui/configure/ConfigValidator.cpp" line="19"/>
        <source>The model folder %1 has no config.json.</source>
        <translation>Le dossier du modèle %1 ne contient pas de config.json.</translation>
    </message>
    <message>
        <location filename="../ui/configure/ConfigValidator.cpp" line="23"/>
        <source>Option --%1 %2.</source>
        <translation>Option --%1 %2.</translation>
    </message>
    <message>
        <location filename="../ui/configure/ConfigValidator.cpp" line="35"/>
        <source>LoRA needs at least one target module (for example c_attn).</source>
        <translation>LoRA nécessite au moins un module cible (par exemple c_attn).</translation>
    </message>
</context>
<context>
    <name>ConfigurePage</name>
    <message>
        <location filename="../ui/configure/ConfigurePage.cpp" line="74"/>
        <source>Custom</source>
        <translation>Personnalisé</translation>
    </message>
    <message>
        <location filename="../ui/configure/ConfigurePage.cpp" line="75"/>
        <source>Quick demo</source>
        <translation>Démo rapide</translation>
    </message>
    <message>
        <location filename="../ui/configure/ConfigurePage.cpp" line="76"/>
        <source>Reproduce the reference experiment</source>
        <translation>Reproduire l’expérience de référence</translation>
    </message>
    <message>
        <location filename="../ui/configure/ConfigurePage.cpp" line="77"/>
        <source>Reference experiment: GPT-2 from the Hugging Face cache, full fine-tune vs LoRA, 1 epoch, learning rate 5e-5, batch 8, max length 128, seed 42.</source>
        <translation>Expérience de référence&#xa0;: GPT-2 depuis le cache Hugging Face, ajustement fin complet contre LoRA, 1 époque, taux d’apprentissage 5e-5, batch 8, longueur max. 128, graine 42.</translation>
    </message>
    <message>
        <location filename="../ui/configure/ConfigurePage.cpp" line="82"/>
        <source>The pretrained GPT-2 to start from.</source>
        <translation>Le GPT-2 pré-entraîné de départ.</translation>
    </message>
    <message>
        <location filename="../ui/configure/ConfigurePage.cpp" line="83"/>
        <source>Folder…</source>
        <translation>Dossier…</translation>
    </message>
    <message>
        <location filename="../ui/configure/ConfigurePage.cpp" line="85"/>
        <source>Choose a local Hugging Face model folder (config.json, weights, vocab.json, merges.txt).</source>
        <translation>Choisir un dossier local de modèle Hugging Face (config.json, poids, vocab.json, merges.txt).</translation>
    </message>
    <message>
        <location filename="../ui/configure/ConfigurePage.cpp" line="87"/>
        <source>Download…</source>
        <translation>Télécharger…</translation>
    </message>
    <message>
        <location filename="../ui/configure/ConfigurePage.cpp" line="89"/>
        <source>Download a model from the Hugging Face Hub into the Hugging Face cache.</source>
        <translation>Télécharger un modèle depuis le Hugging Face Hub dans le cache Hugging Face.</translation>
    </message>
    <message>
        <location filename="../ui/configure/ConfigurePage.cpp" line="111"/>
        <source>Where the model runs: the CPU, or one of the CUDA GPUs LibTorch sees.</source>
        <translation>Où le modèle s’exécute&#xa0;: sur le CPU ou sur l’un des GPU CUDA que LibTorch détecte.</translation>
    </message>
    <message>
        <location filename="../ui/configure/ConfigurePage.cpp" line="113"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../ui/configure/ConfigurePage.cpp" line="115"/>
        <source>&amp;Preset:</source>
        <translation>&amp;Préréglage&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/configure/ConfigurePage.cpp" line="117"/>
        <source>M&amp;odel:</source>
        <translation>&amp;Modèle&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/configure/ConfigurePage.cpp" line="121"/>
        <source>Dataset:</source>
        <translation>Données&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/configure/ConfigurePage.cpp" line="122"/>
        <source>D&amp;evice:</source>
        <translation>Pé&amp;riphérique&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/configure/ConfigurePage.cpp" line="129"/>
        <source>Train</source>
        <translation>Entraîner</translation>
    </message>
    <message>
        <location filename="../ui/configure/ConfigurePage.cpp" line="131"/>
        <source>Run the chosen method with these settings (Ctrl+R).</source>
        <translation>Exécuter la méthode choisie avec ces paramètres (Ctrl+R).</translation>
    </message>
    <message>
        <location filename="../ui/configure/ConfigurePage.cpp" line="133"/>
        <source>Compare base → full → LoRA</source>
        <translation>Comparer base → complet → LoRA</translation>
    </message>
    <message>
        <location filename="../ui/configure/ConfigurePage.cpp" line="259"/>
        <source>%1 — %2 documents of raw text (no labels)</source>
        <translation>%1 — %2 documents de texte brut (sans étiquettes)</translation>
    </message>
    <message>
        <location filename="../ui/configure/ConfigurePage.cpp" line="381"/>
        <source>Compare sets classifiers side by side; a text corpus trains a causal language model with Train.</source>
        <translation>La comparaison met des classifieurs côte à côte&#xa0;; un corpus de texte entraîne un modèle de langage causal avec «&#xa0;Entraîner&#xa0;».</translation>
    </message>
    <message>
        <location filename="../ui/configure/ConfigurePage.cpp" line="383"/>
        <source>Evaluate the base model, then fine-tune fully, then with LoRA, sharing data and settings (Ctrl+Shift+R).</source>
        <translation>Évaluer le modèle de base, puis l’ajuster entièrement, puis avec LoRA, avec les mêmes données et paramètres (Ctrl+Maj+R).</translation>
    </message>
    <message>
        <location filename="../ui/configure/ConfigurePage.cpp" line="154"/>
        <source>Built-in demo model (tiny GPT-2)</source>
        <translation>Modèle de démo intégré (GPT-2 minuscule)</translation>
    </message>
    <message>
        <location filename="../ui/configure/ConfigurePage.cpp" line="156"/>
        <source>%1 (Hugging Face cache)</source>
        <translation>%1 (cache Hugging Face)</translation>
    </message>
    <message>
        <location filename="../ui/configure/DeviceChoices.cpp" line="18"/>
        <source>Automatic (a GPU when there is one)</source>
        <translation>Automatique (un GPU s’il y en a un)</translation>
    </message>
    <message>
        <location filename="../ui/configure/DeviceChoices.cpp" line="19"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../ui/configure/DeviceChoices.cpp" line="39"/>
        <source>All GPUs (%1)</source>
        <translation>Tous les GPU (%1)</translation>
    </message>
    <message>
        <location filename="../ui/configure/ConfigurePage.cpp" line="210"/>
        <source>Choose a Model Folder</source>
        <translation>Choisir un dossier de modèle</translation>
    </message>
    <message>
        <location filename="../ui/configure/ConfigurePage.cpp" line="242"/>
        <source>GPT-2 is not in the Hugging Face cache (%1). Download it there, or choose a local model folder.</source>
        <translation>GPT-2 n’est pas dans le cache Hugging Face (%1). Téléchargez-le à cet endroit ou choisissez un dossier de modèle local.</translation>
    </message>
    <message>
        <location filename="../ui/configure/ConfigurePage.cpp" line="261"/>
        <source>%1 — %2 examples, %3 labels</source>
        <translation>%1 — %2 exemples, %3 étiquettes</translation>
    </message>
    <message>
        <location filename="../ui/configure/ConfigurePage.cpp" line="288"/>
        <source>GPT-2 (not in the Hugging Face cache)</source>
        <translation>GPT-2 (absent du cache Hugging Face)</translation>
    </message>
    <message>
        <location filename="../ui/configure/ConfigurePage.cpp" line="359"/>
        <source>none — open one in the Dataset place</source>
        <translation>aucun — ouvrez-en un dans l’espace Données</translation>
    </message>
    <message>
        <location filename="../ui/configure/ConfigurePage.cpp" line="374"/>
        <source>A run is in progress (Train place).</source>
        <translation>Une exécution est en cours (espace Entraînement).</translation>
    </message>
</context>
<context>
    <name>ConfusionMatrixPlot</name>
    <message>
        <location filename="../ui/results/ConfusionMatrixPlot.cpp" line="22"/>
        <source>Predicted</source>
        <translation>Prédite</translation>
    </message>
    <message>
        <location filename="../ui/results/ConfusionMatrixPlot.cpp" line="23"/>
        <source>True</source>
        <translation>Réelle</translation>
    </message>
    <message>
        <location filename="../ui/results/ConfusionMatrixPlot.cpp" line="73"/>
        <location filename="../ui/results/ConfusionMatrixPlot.cpp" line="107"/>
        <source>true %1 → predicted %2: %3</source>
        <translation>réelle %1 → prédite %2&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../ui/results/ConfusionMatrixPlot.cpp" line="110"/>
        <source> (%1% of this true label)</source>
        <translation> (%1&#xa0;% de cette étiquette réelle)</translation>
    </message>
</context>
<context>
    <name>DatasetFilterBar</name>
    <message>
        <location filename="../ui/dataset/DatasetFilterBar.cpp" line="23"/>
        <source>Search text…</source>
        <translation>Rechercher du texte…</translation>
    </message>
    <message>
        <location filename="../ui/dataset/DatasetFilterBar.cpp" line="26"/>
        <source>Show one split only.</source>
        <translation>N’afficher qu’une partition.</translation>
    </message>
    <message>
        <location filename="../ui/dataset/DatasetFilterBar.cpp" line="28"/>
        <source>Show one label only.</source>
        <translation>N’afficher qu’une étiquette.</translation>
    </message>
    <message>
        <location filename="../ui/dataset/DatasetFilterBar.cpp" line="60"/>
        <source>All splits</source>
        <translation>Toutes les partitions</translation>
    </message>
    <message>
        <location filename="../ui/dataset/DatasetFilterBar.cpp" line="62"/>
        <source>All labels</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <location filename="../ui/dataset/DatasetFilterBar.cpp" line="81"/>
        <source>All rows</source>
        <translation>Toutes les lignes</translation>
    </message>
    <message>
        <location filename="../ui/dataset/DatasetFilterBar.cpp" line="84"/>
        <location filename="../ui/dataset/DatasetFilterBar.cpp" line="126"/>
        <source>Misclassified by %1</source>
        <translation>Mal classées par %1</translation>
    </message>
    <message>
        <location filename="../ui/dataset/DatasetFilterBar.cpp" line="90"/>
        <location filename="../ui/dataset/DatasetFilterBar.cpp" line="124"/>
        <source>Fixed by %1 vs %2</source>
        <translation>Corrigées par %1 face à %2</translation>
    </message>
    <message>
        <location filename="../ui/dataset/DatasetFilterBar.cpp" line="91"/>
        <location filename="../ui/dataset/DatasetFilterBar.cpp" line="125"/>
        <source>Broken by %1 vs %2</source>
        <translation>Cassées par %1 face à %2</translation>
    </message>
    <message>
        <location filename="../ui/dataset/DatasetFilterBar.cpp" line="94"/>
        <source>Runs disagree</source>
        <translation>Exécutions en désaccord</translation>
    </message>
    <message>
        <location filename="../ui/dataset/DatasetFilterBar.cpp" line="97"/>
        <source>Highest loss first</source>
        <translation>Perte la plus élevée d’abord</translation>
    </message>
    <message>
        <location filename="../ui/dataset/DatasetFilterBar.cpp" line="101"/>
        <source>Views that use the predictions of finished runs on this dataset.</source>
        <translation>Vues qui utilisent les prédictions des exécutions terminées sur ce jeu de données.</translation>
    </message>
    <message>
        <location filename="../ui/dataset/DatasetFilterBar.cpp" line="102"/>
        <source>Finished runs on this dataset add views such as &quot;misclassified by run&quot;.</source>
        <translation>Les exécutions terminées sur ce jeu de données ajoutent des vues comme «&#xa0;mal classées par l’exécution&#xa0;».</translation>
    </message>
    <message>
        <location filename="../ui/dataset/DatasetFilterBar.cpp" line="153"/>
        <source>%1 of %2 rows</source>
        <translation>%1 lignes sur %2</translation>
    </message>
</context>
<context>
    <name>DatasetLoadingView</name>
    <message>
        <location filename="../ui/dataset/DatasetLoadingView.cpp" line="29"/>
        <location filename="../ui/dataset/DatasetLoadingView.cpp" line="70"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/dataset/DatasetLoadingView.cpp" line="42"/>
        <source>Stop opening this dataset; the one open before stays open.</source>
        <translation>Arrêter l’ouverture de ce jeu de données&#xa0;; celui ouvert auparavant reste ouvert.</translation>
    </message>
    <message>
        <location filename="../ui/dataset/DatasetLoadingView.cpp" line="65"/>
        <source>Opening %1</source>
        <translation>Ouverture de %1</translation>
    </message>
    <message>
        <location filename="../ui/dataset/DatasetLoadingView.cpp" line="68"/>
        <source>Waits for the current run to end.</source>
        <translation>Attend la fin de l’exécution en cours.</translation>
    </message>
    <message>
        <location filename="../ui/dataset/DatasetLoadingView.cpp" line="68"/>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dataset/DatasetLoadingView.cpp" line="91"/>
        <source>%n row(s) read</source>
        <translation>
            <numerusform>%n ligne lue</numerusform>
            <numerusform>%n lignes lues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dataset/DatasetLoadingView.cpp" line="97"/>
        <source>%n row(s) read; checking them and building the splits…</source>
        <translation>
            <numerusform>%n ligne lue&#xa0;; vérification et création des partitions…</numerusform>
            <numerusform>%n lignes lues&#xa0;; vérification et création des partitions…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dataset/DatasetLoadingView.cpp" line="98"/>
        <source>%1 of %2 · %n row(s)</source>
        <translation>
            <numerusform>%1 sur %2 · %n ligne</numerusform>
            <numerusform>%1 sur %2 · %n lignes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dataset/DatasetLoadingView.cpp" line="115"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <location filename="../ui/dataset/DatasetLoadingView.cpp" line="116"/>
        <source>Stopping…</source>
        <translation>Arrêt en cours…</translation>
    </message>
</context>
<context>
    <name>DatasetPage</name>
    <message>
        <location filename="../ui/dataset/DatasetPageWidgets.cpp" line="47"/>
        <source>Open Dataset…</source>
        <translation>Ouvrir un jeu de données…</translation>
    </message>
    <message>
        <location filename="../ui/dataset/DatasetPageWidgets.cpp" line="34"/>
        <source>LiteTune fine-tunes GPT-2 on a dataset of labelled texts and shows how well each run classifies them. Open your own CSV, TSV, JSON Lines, TweetEval folder or archive (or drop it here), or try the built-in demo, which trains in about a minute.</source>
        <translation>LiteTune ajuste finement GPT-2 sur un jeu de données de textes étiquetés et montre avec quelle justesse chaque exécution les classe. Ouvrez votre propre fichier CSV, TSV ou JSON Lines, dossier TweetEval ou archive (ou déposez-le ici), ou essayez la démo intégrée, qui s’entraîne en une minute environ.</translation>
    </message>
    <message>
        <location filename="../ui/dataset/DatasetPageWidgets.cpp" line="49"/>
        <source>Try the Demo</source>
        <translation>Essayer la démo</translation>
    </message>
    <message>
        <location filename="../ui/dataset/DatasetPageWidgets.cpp" line="51"/>
        <source>The built-in demo data and the tiny demo model, with settings that train in about a minute.</source>
        <translation>Les données de démo intégrées et le minuscule modèle de démo, avec des paramètres qui permettent un entraînement en une minute environ.</translation>
    </message>
    <message>
        <location filename="../ui/dataset/DatasetPageWidgets.cpp" line="58"/>
        <source>Or try the demo text corpus (raw text without labels, for a causal language model)</source>
        <translation>Ou essayez le corpus de texte de démo (texte brut sans étiquettes, pour un modèle de langage causal)</translation>
    </message>
    <message>
        <location filename="../ui/dataset/DatasetPageWidgets.cpp" line="93"/>
        <source>Welcome to LiteTune</source>
        <translation>Bienvenue dans LiteTune</translation>
    </message>
    <message>
        <location filename="../ui/dataset/DatasetPageWidgets.cpp" line="93"/>
        <source>Open a dataset</source>
        <translation>Ouvrir un jeu de données</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dataset/DatasetPageWidgets.cpp" line="95"/>
        <source>%n earlier run(s) in Results: open a run&apos;s dataset to see its predictions here.</source>
        <translation>
            <numerusform>%n exécution précédente dans l’espace Résultats&#xa0;: ouvrez le jeu de données d’une exécution pour voir ici ses prédictions.</numerusform>
            <numerusform>%n exécutions précédentes dans l’espace Résultats&#xa0;: ouvrez le jeu de données d’une exécution pour voir ici ses prédictions.</numerusform>
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
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../ui/dataset/DatasetPageWidgets.cpp" line="128"/>
        <source>Token lengths</source>
        <translation>Longueurs en tokens</translation>
    </message>
    <message>
        <location filename="../ui/dataset/DatasetPageWidgets.cpp" line="153"/>
        <source>Clean text</source>
        <translation>Nettoyer le texte</translation>
    </message>
    <message>
        <location filename="../ui/dataset/DatasetPageWidgets.cpp" line="155"/>
        <source>Drop invisible characters, such as the U+FE0F left where an emoji was deleted, and collapse white space in every text. The dataset opens again, and runs train on the cleaned texts.</source>
        <translation>Supprime les caractères invisibles, comme le U+FE0F resté là où un emoji a été effacé, et réduit les espaces dans chaque texte. Le jeu de données est rouvert, et les exécutions s’entraînent sur les textes nettoyés.</translation>
    </message>
    <message>
        <location filename="../ui/dataset/DatasetPage.cpp" line="60"/>
        <source>Cancelled opening %1.</source>
        <translation>Ouverture de %1 annulée.</translation>
    </message>
    <message>
        <location filename="../ui/dataset/DatasetPage.cpp" line="78"/>
        <source>Open Dataset</source>
        <translation>Ouvrir un jeu de données</translation>
    </message>
    <message>
        <location filename="../ui/dataset/DatasetPage.cpp" line="79"/>
        <source>Datasets (*.csv *.tsv *.jsonl *.json *.zip *.tar *.tar.gz *.tgz *.tar.xz *.gz *.xz *.zst);;All files (*)</source>
        <translation>Jeux de données (*.csv *.tsv *.jsonl *.json *.zip *.tar *.tar.gz *.tgz *.tar.xz *.gz *.xz *.zst);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/dataset/DatasetPage.cpp" line="108"/>
        <source>%1 opens when the current run ends.</source>
        <translation>%1 s’ouvrira à la fin de l’exécution en cours.</translation>
    </message>
    <message>
        <location filename="../ui/dataset/DatasetPage.cpp" line="109"/>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dataset/DatasetPage.cpp" line="159"/>
        <source>Opened %1: %n example(s)</source>
        <translation>
            <numerusform>%1 ouvert&#xa0;: %n exemple</numerusform>
            <numerusform>%1 ouvert&#xa0;: %n exemples</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dataset/DatasetPage.cpp" line="185"/>
        <source>Could not open the dataset: %1</source>
        <translation>Impossible d’ouvrir le jeu de données&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/dataset/DatasetPage.cpp" line="286"/>
        <source>Samples of &lt;b&gt;%1&lt;/b&gt; that &lt;b&gt;%2&lt;/b&gt; predicted as &lt;b&gt;%3&lt;/b&gt;. &lt;a href=&quot;all&quot;&gt;Show all rows&lt;/a&gt;</source>
        <translation>Exemples de &lt;b&gt;%1&lt;/b&gt; que &lt;b&gt;%2&lt;/b&gt; a prédits comme &lt;b&gt;%3&lt;/b&gt;. &lt;a href=&quot;all&quot;&gt;Afficher toutes les lignes&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../ui/dataset/DatasetPageCorpus.cpp" line="28"/>
        <source>Open Text Corpus</source>
        <translation>Ouvrir un corpus de texte</translation>
    </message>
    <message>
        <location filename="../ui/dataset/DatasetPageCorpus.cpp" line="28"/>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Fichiers texte (*.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/dataset/DatasetPageCorpus.cpp" line="35"/>
        <source>Open a Folder of Text Files</source>
        <translation>Ouvrir un dossier de fichiers texte</translation>
    </message>
    <message>
        <location filename="../ui/dataset/DatasetPageCorpus.cpp" line="60"/>
        <source>%1 training documents</source>
        <translation>%1 documents d’entraînement</translation>
    </message>
    <message>
        <location filename="../ui/dataset/DatasetPageCorpus.cpp" line="61"/>
        <source>%1 validation documents</source>
        <translation>%1 documents de validation</translation>
    </message>
    <message>
        <location filename="../ui/dataset/DatasetPageCorpus.cpp" line="62"/>
        <source>%1 documents (%2)</source>
        <translation>%1 documents (%2)</translation>
    </message>
    <message>
        <location filename="../ui/dataset/DatasetPageCorpus.cpp" line="64"/>
        <source>Text corpus for causal-LM training: %1. No labels: the model learns to continue the text.</source>
        <translation>Corpus de texte pour entraîner un modèle de langage causal&#xa0;: %1. Sans étiquettes&#xa0;: le modèle apprend à continuer le texte.</translation>
    </message>
    <message>
        <location filename="../ui/dataset/DatasetPageTokens.cpp" line="71"/>
        <source>No model is chosen, so tokens are not counted: choose one in Configure.</source>
        <translation>Aucun modèle n’est choisi, les tokens ne sont donc pas comptés&#xa0;: choisissez-en un dans l’espace Configuration.</translation>
    </message>
    <message>
        <location filename="../ui/dataset/DatasetPageTokens.cpp" line="73"/>
        <source>Loading the demo model&apos;s tokenizer…</source>
        <translation>Chargement du tokenizer du modèle de démo…</translation>
    </message>
    <message>
        <location filename="../ui/dataset/DatasetPageTokens.cpp" line="74"/>
        <source>Loading %1&apos;s tokenizer…</source>
        <translation>Chargement du tokenizer de %1…</translation>
    </message>
    <message>
        <location filename="../ui/dataset/DatasetPageTokens.cpp" line="76"/>
        <source>Tokens counted with the demo model&apos;s byte-level tokenizer: one token per byte, several times GPT-2&apos;s count. Choose another model in Configure to count with its tokenizer.</source>
        <translation>Tokens comptés avec le tokenizer par octets du modèle de démo&#xa0;: un token par octet, soit plusieurs fois le nombre de GPT-2. Choisissez un autre modèle dans l’espace Configuration pour compter avec son tokenizer.</translation>
    </message>
    <message>
        <location filename="../ui/dataset/DatasetPageTokens.cpp" line="79"/>
        <source>Tokens counted with %1&apos;s tokenizer, the model chosen in Configure.</source>
        <translation>Tokens comptés avec le tokenizer de %1, le modèle choisi dans l’espace Configuration.</translation>
    </message>
</context>
<context>
    <name>DatasetTableModel</name>
    <message>
        <location filename="../ui/dataset/DatasetTableModel.cpp" line="91"/>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <location filename="../ui/dataset/DatasetTableModel.cpp" line="130"/>
        <source>Split</source>
        <translation>Partition</translation>
    </message>
    <message>
        <location filename="../ui/dataset/DatasetTableModel.cpp" line="132"/>
        <source>Emoji</source>
        <translation>Emoji</translation>
    </message>
    <message>
        <location filename="../ui/dataset/DatasetTableModel.cpp" line="134"/>
        <source>Label</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <location filename="../ui/dataset/DatasetTableModel.cpp" line="136"/>
        <source>Text</source>
        <translation>Texte</translation>
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
        <translation>Prédiction juste, probabilité %1</translation>
    </message>
    <message>
        <location filename="../ui/results/DiffSampleModel.cpp" line="53"/>
        <source>Wrong, with probability %1</source>
        <translation>Prédiction fausse, probabilité %1</translation>
    </message>
    <message>
        <location filename="../ui/results/DiffSampleModel.cpp" line="82"/>
        <source>Open the runs&apos; dataset in the Dataset place to see the texts.</source>
        <translation>Ouvrez le jeu de données des exécutions dans l’espace Données pour voir les textes.</translation>
    </message>
    <message>
        <location filename="../ui/results/DiffSampleModel.cpp" line="113"/>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../ui/results/DiffSampleModel.cpp" line="115"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../ui/results/DiffSampleModel.cpp" line="117"/>
        <source>True label</source>
        <translation>Étiquette réelle</translation>
    </message>
    <message>
        <location filename="../ui/results/DiffSampleModel.cpp" line="119"/>
        <source>A predicted</source>
        <translation>Prédiction A</translation>
    </message>
    <message>
        <location filename="../ui/results/DiffSampleModel.cpp" line="121"/>
        <source>B predicted</source>
        <translation>Prédiction B</translation>
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
        <translation>Prédite</translation>
    </message>
    <message>
        <location filename="../ui/results/DifferenceMatrixPlot.cpp" line="46"/>
        <source>True</source>
        <translation>Réelle</translation>
    </message>
    <message>
        <location filename="../ui/results/DifferenceMatrixPlot.cpp" line="135"/>
        <source>correct</source>
        <translation>bonne prédiction</translation>
    </message>
    <message>
        <location filename="../ui/results/DifferenceMatrixPlot.cpp" line="135"/>
        <source>mistaken</source>
        <translation>erreur</translation>
    </message>
    <message>
        <location filename="../ui/results/DifferenceMatrixPlot.cpp" line="136"/>
        <source>true %1 → predicted %2: %3 (B − A)</source>
        <translation>réelle %1 → prédite %2&#xa0;: %3 (B − A)</translation>
    </message>
</context>
<context>
    <name>DownloadDialog</name>
    <message>
        <location filename="../ui/download/DownloadDialog.cpp" line="32"/>
        <source>&amp;Download</source>
        <translation>&amp;Télécharger</translation>
    </message>
    <message>
        <location filename="../ui/download/DownloadDialog.cpp" line="33"/>
        <source>Download a Model</source>
        <translation>Télécharger un modèle</translation>
    </message>
    <message>
        <location filename="../ui/download/DownloadDialog.cpp" line="38"/>
        <source>The model&apos;s repository on the Hugging Face Hub, as ORGANIZATION/NAME. A copied address (https://huggingface.co/…) works too.</source>
        <translation>Le dépôt du modèle sur le Hugging Face Hub, sous la forme ORGANISATION/NOM. Une adresse copiée (https://huggingface.co/…) fonctionne aussi.</translation>
    </message>
    <message>
        <location filename="../ui/download/DownloadDialog.cpp" line="41"/>
        <source>A branch, a tag or a commit hash.</source>
        <translation>Une branche, une étiquette ou un hash de commit.</translation>
    </message>
    <message>
        <location filename="../ui/download/DownloadDialog.cpp" line="48"/>
        <source>&amp;Repository:</source>
        <translation>&amp;Dépôt&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/download/DownloadDialog.cpp" line="49"/>
        <source>Re&amp;vision:</source>
        <translation>Ré&amp;vision&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/download/DownloadDialog.cpp" line="51"/>
        <source>Models are stored in the Hugging Face cache, shared with Python tools: %1</source>
        <translation>Les modèles sont stockés dans le cache Hugging Face, partagé avec les outils Python&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/download/DownloadDialog.cpp" line="56"/>
        <source>Offline mode is on (HF_HUB_OFFLINE): only models already in the cache open.</source>
        <translation>Le mode hors ligne est actif (HF_HUB_OFFLINE)&#xa0;: seuls les modèles déjà en cache s’ouvrent.</translation>
    </message>
    <message>
        <location filename="../ui/download/DownloadDialog.cpp" line="62"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../ui/download/DownloadDialog.cpp" line="82"/>
        <source>not in this repository (optional)</source>
        <translation>absent de ce dépôt (facultatif)</translation>
    </message>
    <message>
        <location filename="../ui/download/DownloadDialog.cpp" line="139"/>
        <source>Downloading %1 from %2…</source>
        <translation>Téléchargement de %1 depuis %2…</translation>
    </message>
    <message>
        <location filename="../ui/download/DownloadDialog.cpp" line="175"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>EngineController</name>
    <message>
        <location filename="../ui/bridge/EngineController.cpp" line="137"/>
        <source>No free TCP port on 127.0.0.1 for the workers of the data-parallel run to meet at.</source>
        <translation>Aucun port TCP libre sur 127.0.0.1 où les processus de l’exécution parallèle en données pourraient se retrouver.</translation>
    </message>
</context>
<context>
    <name>EngineWorker</name>
    <message>
        <location filename="../ui/bridge/EngineWorker.cpp" line="72"/>
        <source>The dataset has no split named &quot;%1&quot;.</source>
        <translation>Le jeu de données n’a pas de partition nommée «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../ui/bridge/EngineWorker.cpp" line="226"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location filename="../ui/bridge/EngineWorker.cpp" line="231"/>
        <source>The engine failed: %1</source>
        <translation>Le moteur a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/bridge/EngineWorker.cpp" line="233"/>
        <source>The engine failed with an unknown error.</source>
        <translation>Le moteur a échoué avec une erreur inconnue.</translation>
    </message>
</context>
<context>
    <name>ExportRunsDialog</name>
    <message>
        <location filename="../ui/report/ExportRunsDialog.cpp" line="19"/>
        <source>Export Report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <location filename="../ui/report/ExportRunsDialog.cpp" line="23"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/report/ExportRunsDialog.cpp" line="30"/>
        <source>Choose File…</source>
        <translation>Choisir le fichier…</translation>
    </message>
    <message>
        <location filename="../ui/report/ExportRunsDialog.cpp" line="32"/>
        <source>Runs in the report, one column each:</source>
        <translation>Exécutions du rapport, une colonne chacune&#xa0;:</translation>
    </message>
</context>
<context>
    <name>F1DeltaPlot</name>
    <message>
        <location filename="../ui/results/F1DeltaPlot.cpp" line="17"/>
        <source>F1 per label, B − A</source>
        <translation>F1 par étiquette, B − A</translation>
    </message>
    <message>
        <location filename="../ui/results/F1DeltaPlot.cpp" line="23"/>
        <source>F1 change (B − A)</source>
        <translation>Variation du F1 (B − A)</translation>
    </message>
    <message>
        <location filename="../ui/results/F1DeltaPlot.cpp" line="31"/>
        <source>B better</source>
        <translation>B meilleur</translation>
    </message>
    <message>
        <location filename="../ui/results/F1DeltaPlot.cpp" line="32"/>
        <source>B worse</source>
        <translation>B moins bon</translation>
    </message>
</context>
<context>
    <name>ForecastPanel</name>
    <message>
        <location filename="../ui/configure/ForecastPanel.cpp" line="36"/>
        <location filename="../ui/configure/ForecastPanel.cpp" line="38"/>
        <source>%1 s</source>
        <translation>%1&#xa0;s</translation>
    </message>
    <message>
        <location filename="../ui/configure/ForecastPanel.cpp" line="40"/>
        <source>%1 min</source>
        <translation>%1&#xa0;min</translation>
    </message>
    <message>
        <location filename="../ui/configure/ForecastPanel.cpp" line="41"/>
        <source>%1 h</source>
        <translation>%1&#xa0;h</translation>
    </message>
    <message>
        <location filename="../ui/configure/ForecastPanel.cpp" line="104"/>
        <source>Forecast</source>
        <translation>Prévision</translation>
    </message>
    <message>
        <location filename="../ui/configure/ForecastPanel.cpp" line="128"/>
        <source>Run may not fit</source>
        <translation>L’exécution risque de ne pas tenir en mémoire</translation>
    </message>
    <message>
        <location filename="../ui/configure/ForecastPanel.cpp" line="174"/>
        <source>Time per epoch: measuring shortly…</source>
        <translation>Temps par époque&#xa0;: mesure dans un instant…</translation>
    </message>
    <message>
        <location filename="../ui/configure/ForecastPanel.cpp" line="211"/>
        <source>Time per epoch: not measured</source>
        <translation>Temps par époque&#xa0;: non mesuré</translation>
    </message>
    <message>
        <location filename="../ui/configure/ForecastPanel.cpp" line="236"/>
        <source>No forecast: %1</source>
        <translation>Pas de prévision&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/configure/ForecastPanel.cpp" line="244"/>
        <source>weights</source>
        <translation>poids</translation>
    </message>
    <message>
        <location filename="../ui/configure/ForecastPanel.cpp" line="244"/>
        <source>gradients</source>
        <translation>gradients</translation>
    </message>
    <message>
        <location filename="../ui/configure/ForecastPanel.cpp" line="244"/>
        <source>optimizer</source>
        <translation>optimiseur</translation>
    </message>
    <message>
        <location filename="../ui/configure/ForecastPanel.cpp" line="244"/>
        <source>activations</source>
        <translation>activations</translation>
    </message>
    <message>
        <location filename="../ui/configure/ForecastPanel.cpp" line="244"/>
        <source>runtime</source>
        <translation>environnement d’exécution</translation>
    </message>
    <message>
        <location filename="../ui/configure/ForecastPanel.cpp" line="253"/>
        <source>%1 available</source>
        <translation>%1 disponibles</translation>
    </message>
    <message>
        <location filename="../ui/configure/ForecastPanel.cpp" line="253"/>
        <source>available memory unknown</source>
        <translation>mémoire disponible inconnue</translation>
    </message>
    <message>
        <location filename="../ui/configure/ForecastPanel.cpp" line="254"/>
        <source>padded to the longest training example, %1 tokens</source>
        <translation>remplissage jusqu’au plus long exemple d’entraînement, %1 tokens</translation>
    </message>
    <message>
        <location filename="../ui/configure/ForecastPanel.cpp" line="255"/>
        <source>padded to the max length, %1 tokens</source>
        <translation>remplissage jusqu’à la longueur max., %1 tokens</translation>
    </message>
    <message>
        <location filename="../ui/configure/ForecastPanel.cpp" line="256"/>
        <source>Peak %1 of %2 (%3, %4)</source>
        <translation>Pic de %1 sur %2 (%3, %4)</translation>
    </message>
    <message>
        <location filename="../ui/configure/ForecastPanel.cpp" line="259"/>
        <source>Peak %1 exceeds the %2: lower the batch size or max length, or use LoRA</source>
        <translation>Le pic de %1 dépasse les %2&#xa0;: réduisez la taille du batch ou la longueur max., ou utilisez LoRA</translation>
    </message>
    <message>
        <location filename="../ui/configure/ForecastPanel.cpp" line="286"/>
        <source>Time per epoch: measuring…</source>
        <translation>Temps par époque&#xa0;: mesure en cours…</translation>
    </message>
    <message>
        <location filename="../ui/configure/ForecastPanel.cpp" line="331"/>
        <source>Time per epoch: not measured (%1)</source>
        <translation>Temps par époque&#xa0;: non mesuré (%1)</translation>
    </message>
    <message>
        <location filename="../ui/configure/ForecastPanel.cpp" line="333"/>
        <source>Time per epoch: about %1 (%2 steps at %3 s a step, measured)</source>
        <translation>Temps par époque&#xa0;: environ %1 (%2 étapes à %3&#xa0;s l’étape, mesuré)</translation>
    </message>
    <message>
        <location filename="../ui/configure/ForecastPanel.cpp" line="339"/>
        <source>Time per step: %1 s (measured; load a dataset for the epoch)</source>
        <translation>Temps par étape&#xa0;: %1&#xa0;s (mesuré&#xa0;; chargez un jeu de données pour l’époque)</translation>
    </message>
    <message>
        <location filename="../ui/configure/ForecastPanel.cpp" line="353"/>
        <source>The forecast peak memory of this run is %1, but only %2 is available. Training may fail or swap heavily. Start it anyway?</source>
        <translation>Le pic de mémoire prévu pour cette exécution est de %1, mais seuls %2 sont disponibles. L’entraînement risque d’échouer ou de solliciter fortement la mémoire d’échange. Le lancer quand même&#xa0;?</translation>
    </message>
</context>
<context>
    <name>HubBlobTransfer</name>
    <message>
        <location filename="../ui/download/HubBlobTransfer.cpp" line="64"/>
        <location filename="../ui/download/HubBlobTransfer.cpp" line="146"/>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/download/HubBlobTransfer.cpp" line="94"/>
        <source>Could not resume %1: the server does not continue partial downloads.</source>
        <translation>Impossible de reprendre %1&#xa0;: le serveur ne poursuit pas les téléchargements partiels.</translation>
    </message>
    <message>
        <location filename="../ui/download/HubBlobTransfer.cpp" line="172"/>
        <source>Downloading %1 failed: too many redirects.</source>
        <translation>Le téléchargement de %1 a échoué&#xa0;: trop de redirections.</translation>
    </message>
    <message>
        <location filename="../ui/download/HubBlobTransfer.cpp" line="183"/>
        <source>the server answered HTTP %1</source>
        <translation>le serveur a répondu HTTP %1</translation>
    </message>
    <message>
        <location filename="../ui/download/HubBlobTransfer.cpp" line="188"/>
        <source>Downloading %1 failed: the server answered HTTP %2 %3.</source>
        <translation>Le téléchargement de %1 a échoué&#xa0;: le serveur a répondu HTTP %2 %3.</translation>
    </message>
    <message>
        <location filename="../ui/download/HubBlobTransfer.cpp" line="196"/>
        <source>the connection ended after %1 of %2 bytes</source>
        <translation>la connexion s’est interrompue après %1 octets sur %2</translation>
    </message>
    <message>
        <location filename="../ui/download/HubBlobTransfer.cpp" line="204"/>
        <source>Downloading %1 failed after %2 attempts: %3. Start the download again to resume it.</source>
        <translation>Le téléchargement de %1 a échoué après %2 tentatives&#xa0;: %3. Relancez le téléchargement pour le reprendre.</translation>
    </message>
    <message>
        <location filename="../ui/download/HubBlobTransfer.cpp" line="238"/>
        <source>The download of %1 is corrupt: its %2 is %3, but the Hub says %4. The partial file was deleted; try again. If this repeats, a proxy or the mirror at HF_ENDPOINT alters the file.</source>
        <translation>Le téléchargement de %1 est corrompu&#xa0;: son %2 vaut %3, mais le Hub indique %4. Le fichier partiel a été supprimé&#xa0;; réessayez. Si cela se reproduit, un proxy ou le miroir défini par HF_ENDPOINT modifie le fichier.</translation>
    </message>
    <message>
        <location filename="../ui/download/HubBlobTransfer.cpp" line="246"/>
        <source>Could not rename %1 to %2: %3</source>
        <translation>Impossible de renommer %1 en %2&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../ui/download/HubBlobTransfer.cpp" line="263"/>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>HubCacheLayout</name>
    <message>
        <location filename="../ui/download/HubCacheLayout.cpp" line="67"/>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/download/HubCacheLayout.cpp" line="99"/>
        <source>Could not link %1 to its blob: %2</source>
        <translation>Impossible de lier %1 à son blob&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>HubDownloader</name>
    <message>
        <location filename="../ui/download/HubDownloader.cpp" line="97"/>
        <source>&quot;%1&quot; is not a Hugging Face repository id; expected a name like openai-community/gpt2.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un identifiant de dépôt Hugging Face&#xa0;; un nom comme openai-community/gpt2 est attendu.</translation>
    </message>
    <message>
        <location filename="../ui/download/HubDownloader.cpp" line="104"/>
        <source>&quot;%1&quot; is not a valid revision; expected a branch, a tag or a commit hash.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une révision valide&#xa0;; une branche, une étiquette ou un hash de commit est attendu.</translation>
    </message>
    <message>
        <location filename="../ui/download/HubDownloader.cpp" line="110"/>
        <source>Offline mode is on (HF_HUB_OFFLINE), so nothing is downloaded, and %1</source>
        <translation>Le mode hors ligne est actif (HF_HUB_OFFLINE), donc rien n’est téléchargé, et %1</translation>
    </message>
    <message>
        <location filename="../ui/download/HubDownloader.cpp" line="120"/>
        <source>The download was cancelled. Start it again to resume where it stopped.</source>
        <translation>Le téléchargement a été annulé. Relancez-le pour reprendre là où il s’est arrêté.</translation>
    </message>
    <message>
        <location filename="../ui/download/HubDownloader.cpp" line="155"/>
        <source>%1 has no model.safetensors. LiteTune reads safetensors checkpoints only: pickle files (pytorch_model.bin) are not supported, because loading them can run arbitrary code. Choose a repository with model.safetensors, or convert this one (e.g. with the Hub&apos;s &quot;Convert to Safetensors&quot; Space).</source>
        <translation>%1 n’a pas de model.safetensors. LiteTune ne lit que les points de contrôle safetensors&#xa0;: les fichiers pickle (pytorch_model.bin) ne sont pas pris en charge, car leur chargement peut exécuter du code arbitraire. Choisissez un dépôt avec model.safetensors, ou convertissez celui-ci (par ex. avec le Space «&#xa0;Convert to Safetensors&#xa0;» du Hub).</translation>
    </message>
    <message>
        <location filename="../ui/download/HubDownloader.cpp" line="163"/>
        <source>%1 has no %2 at revision %3, which LiteTune needs to load a GPT-2 model.</source>
        <translation>%1 n’a pas de %2 à la révision %3, or LiteTune en a besoin pour charger un modèle GPT-2.</translation>
    </message>
    <message>
        <location filename="../ui/download/HubDownloader.cpp" line="242"/>
        <source>%1 (revision %2) is not in the cache %3.</source>
        <translation>%1 (révision %2) n’est pas dans le cache %3.</translation>
    </message>
    <message>
        <location filename="../ui/download/HubDownloader.cpp" line="250"/>
        <source>the cached snapshot %1 lacks %2.</source>
        <translation>il manque %2 à l’instantané en cache %1.</translation>
    </message>
</context>
<context>
    <name>HubMetadataFetcher</name>
    <message>
        <location filename="../ui/download/HubMetadataFetcher.cpp" line="75"/>
        <source>Could not reach %1: %2</source>
        <translation>Impossible de joindre %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/download/HubMetadataFetcher.cpp" line="86"/>
        <source>The Hub redirected %1 too often or to nowhere.</source>
        <translation>Le Hub a redirigé %1 trop souvent ou vers nulle part.</translation>
    </message>
    <message>
        <location filename="../ui/download/HubMetadataFetcher.cpp" line="125"/>
        <source>The server at %1 did not send the Hub&apos;s X-Repo-Commit and ETag headers for %2; is HF_ENDPOINT a Hugging Face Hub (or a mirror of one)?</source>
        <translation>Le serveur %1 n’a pas envoyé les en-têtes X-Repo-Commit et ETag du Hub pour %2&#xa0;; HF_ENDPOINT désigne-t-il bien un Hugging Face Hub (ou un miroir)&#xa0;?</translation>
    </message>
    <message>
        <location filename="../ui/download/HubMetadataFetcher.cpp" line="139"/>
        <source>The repository %1 was not found on %2. Check its name; if it is private, set HF_TOKEN (or log in with `huggingface-cli login`).</source>
        <translation>Le dépôt %1 est introuvable sur %2. Vérifiez son nom&#xa0;; s’il est privé, définissez HF_TOKEN (ou connectez-vous avec `huggingface-cli login`).</translation>
    </message>
    <message>
        <location filename="../ui/download/HubMetadataFetcher.cpp" line="144"/>
        <source>The repository %1 has no branch, tag or commit &quot;%2&quot;.</source>
        <translation>Le dépôt %1 n’a pas de branche, d’étiquette ni de commit «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location filename="../ui/download/HubMetadataFetcher.cpp" line="147"/>
        <source>%1 is a gated repository: accept its conditions on its Hub page, then set HF_TOKEN to a token of that account.</source>
        <translation>%1 est un dépôt à accès restreint&#xa0;: acceptez ses conditions sur sa page du Hub, puis définissez HF_TOKEN avec un jeton de ce compte.</translation>
    </message>
    <message>
        <location filename="../ui/download/HubMetadataFetcher.cpp" line="152"/>
        <source>The Hub refused access to %1 of %2 (HTTP %3). The repository may be private or gated: set HF_TOKEN to a token that may read it.</source>
        <translation>Le Hub a refusé l’accès à %1 de %2 (HTTP %3). Le dépôt est peut-être privé ou à accès restreint&#xa0;: définissez HF_TOKEN avec un jeton autorisé à le lire.</translation>
    </message>
    <message>
        <location filename="../ui/download/HubMetadataFetcher.cpp" line="158"/>
        <source>The Hub answered HTTP %1 %2 for %3 of %4.</source>
        <translation>Le Hub a répondu HTTP %1 %2 pour %3 de %4.</translation>
    </message>
</context>
<context>
    <name>HyperParameterForm</name>
    <message>
        <location filename="../ui/configure/HyperParameterForm.cpp" line="42"/>
        <source>What to do with the model: evaluate it as it is, fine-tune every weight, train small LoRA adapters beside frozen weights, or train only the classification head.</source>
        <translation>Que faire du modèle&#xa0;: l’évaluer tel quel, ajuster finement tous ses poids, entraîner de petits adaptateurs LoRA à côté des poids gelés, ou n’entraîner que la tête de classification.</translation>
    </message>
    <message>
        <location filename="../ui/configure/HyperParameterForm.cpp" line="44"/>
        <source>Base evaluation (no training)</source>
        <translation>Évaluation de base (sans entraînement)</translation>
    </message>
    <message>
        <location filename="../ui/configure/HyperParameterForm.cpp" line="45"/>
        <source>Full fine-tune</source>
        <translation>Ajustement fin complet</translation>
    </message>
    <message>
        <location filename="../ui/configure/HyperParameterForm.cpp" line="46"/>
        <source>LoRA</source>
        <translation>LoRA</translation>
    </message>
    <message>
        <location filename="../ui/configure/HyperParameterForm.cpp" line="47"/>
        <source>Classifier head only</source>
        <translation>Tête de classification seule</translation>
    </message>
    <message>
        <location filename="../ui/configure/HyperParameterForm.cpp" line="59"/>
        <source>Task:</source>
        <translation>Tâche&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/configure/HyperParameterForm.cpp" line="60"/>
        <source>&amp;Method:</source>
        <translation>Mé&amp;thode&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/configure/HyperParameterForm.cpp" line="64"/>
        <source>Training</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <location filename="../ui/configure/HyperParameterForm.cpp" line="87"/>
        <source>&lt;b&gt;Causal language model&lt;/b&gt; — set by the open text corpus: the model learns to predict the next token; only full fine-tune and LoRA train one.</source>
        <translation>&lt;b&gt;Modèle de langage causal&lt;/b&gt; — fixé par le corpus de texte ouvert&#xa0;: le modèle apprend à prédire le jeton suivant&#xa0;; seuls l’affinage complet et LoRA en entraînent un.</translation>
    </message>
    <message>
        <location filename="../ui/configure/HyperParameterForm.cpp" line="89"/>
        <source>&lt;b&gt;Classification&lt;/b&gt; — set by the open dataset: the model learns each text&apos;s label.</source>
        <translation>&lt;b&gt;Classification&lt;/b&gt; — fixée par le jeu de données ouvert&#xa0;: le modèle apprend l’étiquette de chaque texte.</translation>
    </message>
    <message>
        <location filename="../ui/configure/HyperParameterForm.cpp" line="103"/>
        <source>A causal language model has no classes to weight.</source>
        <translation>Un modèle de langage causal n’a pas de classes à pondérer.</translation>
    </message>
    <message>
        <location filename="../ui/configure/HyperParameterForm.cpp" line="147"/>
        <source>&amp;Advanced options</source>
        <translation>Options a&amp;vancées</translation>
    </message>
    <message>
        <location filename="../ui/configure/HyperParameterForm.cpp" line="66"/>
        <source>LoRA (LoRA runs and comparisons)</source>
        <translation>LoRA (exécutions LoRA et comparaisons)</translation>
    </message>
</context>
<context>
    <name>LabelChart</name>
    <message>
        <location filename="../ui/dataset/LabelChart.cpp" line="15"/>
        <source>Examples</source>
        <translation>Exemples</translation>
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
        <translation>Les longueurs en tokens apparaissent une fois le tokenizer d’un modèle chargé.</translation>
    </message>
    <message>
        <location filename="../ui/dataset/LengthHistogram.cpp" line="27"/>
        <source>Tokens per example</source>
        <translation>Tokens par exemple</translation>
    </message>
    <message>
        <location filename="../ui/dataset/LengthHistogram.cpp" line="28"/>
        <source>Examples</source>
        <translation>Exemples</translation>
    </message>
    <message>
        <location filename="../ui/dataset/LengthHistogram.cpp" line="60"/>
        <source>%1: %2% of %3 examples longer than %4 tokens are truncated
mean %5 tokens, longest %6</source>
        <translation>%1&#xa0;: %2&#xa0;% des %3 exemples dépassent %4 tokens et sont tronqués
moyenne %5 tokens, le plus long %6</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <location filename="../ui/main/MainActions.cpp" line="34"/>
        <source>&amp;Open Dataset…</source>
        <translation>&amp;Ouvrir un jeu de données…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainActions.cpp" line="35"/>
        <source>Open a CSV, TSV, JSON Lines file, folder or archive</source>
        <translation>Ouvrir un fichier CSV, TSV ou JSON Lines, un dossier ou une archive</translation>
    </message>
    <message>
        <location filename="../ui/main/MainActions.cpp" line="36"/>
        <source>&amp;Demo Data</source>
        <translation>Données de &amp;démo</translation>
    </message>
    <message>
        <location filename="../ui/main/MainActions.cpp" line="37"/>
        <source>Open the built-in demo dataset</source>
        <translation>Ouvrir le jeu de données de démo intégré</translation>
    </message>
    <message>
        <location filename="../ui/main/MainActions.cpp" line="38"/>
        <source>Open Te&amp;xt Corpus…</source>
        <translation>Ouvrir un corpus de &amp;texte…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainActions.cpp" line="39"/>
        <source>Open raw text to train a causal language model: one document per line</source>
        <translation>Ouvrir du texte brut pour entraîner un modèle de langage causal&#xa0;: un document par ligne</translation>
    </message>
    <message>
        <location filename="../ui/main/MainActions.cpp" line="41"/>
        <source>Open Text Corpus &amp;Folder…</source>
        <translation>Ouvrir un do&amp;ssier de textes…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainActions.cpp" line="42"/>
        <source>Open a folder of .txt files to train a causal language model: one document per file</source>
        <translation>Ouvrir un dossier de fichiers .txt pour entraîner un modèle de langage causal&#xa0;: un document par fichier</translation>
    </message>
    <message>
        <location filename="../ui/main/MainActions.cpp" line="43"/>
        <source>Demo &amp;Text Corpus</source>
        <translation>Corpus de démo (te&amp;xte)</translation>
    </message>
    <message>
        <location filename="../ui/main/MainActions.cpp" line="44"/>
        <source>Open the built-in text corpus to train a causal language model</source>
        <translation>Ouvrir le corpus de texte intégré pour entraîner un modèle de langage causal</translation>
    </message>
    <message>
        <location filename="../ui/main/MainActions.cpp" line="45"/>
        <source>&amp;Export Report…</source>
        <translation>&amp;Exporter le rapport…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainActions.cpp" line="47"/>
        <source>Save runs as a report: HTML, PDF, Markdown, CSV, JSON, or a .zip/.tar.gz bundle</source>
        <translation>Enregistrer les exécutions dans un rapport&#xa0;: HTML, PDF, Markdown, CSV, JSON, ou une archive .zip/.tar.gz</translation>
    </message>
    <message>
        <location filename="../ui/main/MainActions.cpp" line="48"/>
        <source>Export &amp;Model…</source>
        <translation>Exporter le &amp;modèle…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainActions.cpp" line="50"/>
        <source>Save a run&apos;s trained model as a Hugging Face model folder or a PEFT adapter</source>
        <translation>Enregistrer le modèle entraîné d’une exécution sous forme de dossier de modèle Hugging Face ou d’adaptateur PEFT</translation>
    </message>
    <message>
        <location filename="../ui/main/MainActions.cpp" line="51"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../ui/main/MainActions.cpp" line="51"/>
        <source>Quit LiteTune</source>
        <translation>Quitter LiteTune</translation>
    </message>
    <message>
        <location filename="../ui/main/MainActions.cpp" line="53"/>
        <source>&amp;Train</source>
        <translation>&amp;Entraîner</translation>
    </message>
    <message>
        <location filename="../ui/main/MainActions.cpp" line="54"/>
        <source>Run the configured method</source>
        <translation>Exécuter la méthode configurée</translation>
    </message>
    <message>
        <location filename="../ui/main/MainActions.cpp" line="55"/>
        <source>&amp;Compare</source>
        <translation>&amp;Comparer</translation>
    </message>
    <message>
        <location filename="../ui/main/MainActions.cpp" line="57"/>
        <source>Base evaluation, full fine-tune and LoRA in a row</source>
        <translation>Évaluation de base, ajustement fin complet et LoRA à la suite</translation>
    </message>
    <message>
        <location filename="../ui/main/MainActions.cpp" line="58"/>
        <source>S&amp;weep…</source>
        <translation>&amp;Balayage…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainActions.cpp" line="59"/>
        <source>Train once per combination of option values and rank the runs by a metric</source>
        <translation>Entraîner une fois par combinaison de valeurs d’options et classer les exécutions selon une métrique</translation>
    </message>
    <message>
        <location filename="../ui/main/MainActions.cpp" line="60"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <location filename="../ui/main/MainActions.cpp" line="61"/>
        <source>Pause or resume the run</source>
        <translation>Mettre en pause ou reprendre l’exécution</translation>
    </message>
    <message>
        <location filename="../ui/main/MainActions.cpp" line="63"/>
        <source>C&amp;ancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../ui/main/MainActions.cpp" line="66"/>
        <source>Stop the run after its current step</source>
        <translation>Arrêter l’exécution après l’étape en cours</translation>
    </message>
    <message>
        <location filename="../ui/main/MainActions.cpp" line="67"/>
        <source>Re&amp;load Runs</source>
        <translation>&amp;Recharger les exécutions</translation>
    </message>
    <message>
        <location filename="../ui/main/MainActions.cpp" line="68"/>
        <source>Read the runs folder again</source>
        <translation>Relire le dossier des exécutions</translation>
    </message>
    <message>
        <location filename="../ui/main/MainActions.cpp" line="69"/>
        <source>&amp;About LiteTune</source>
        <translation>À propos de &amp;LiteTune</translation>
    </message>
    <message>
        <location filename="../ui/main/MainActions.cpp" line="70"/>
        <source>Versions, devices and BLAS</source>
        <translation>Versions, périphériques et BLAS</translation>
    </message>
    <message>
        <location filename="../ui/main/MainActions.cpp" line="72"/>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <location filename="../ui/main/MainActions.cpp" line="72"/>
        <source>About the Qt toolkit</source>
        <translation>À propos de la bibliothèque Qt</translation>
    </message>
    <message>
        <location filename="../ui/main/MainActions.cpp" line="82"/>
        <source>Go to %1</source>
        <translation>Aller à&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/main/MainActions.cpp" line="91"/>
        <source>&amp;System</source>
        <translation>S&amp;ystème</translation>
    </message>
    <message>
        <location filename="../ui/main/MainActions.cpp" line="91"/>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <location filename="../ui/main/MainActions.cpp" line="91"/>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <location filename="../ui/main/MainActions.cpp" line="104"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../ui/main/MainActions.cpp" line="106"/>
        <source>Open &amp;Recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <location filename="../ui/main/MainActions.cpp" line="119"/>
        <source>&amp;Run</source>
        <translation>&amp;Exécution</translation>
    </message>
    <message>
        <location filename="../ui/main/MainActions.cpp" line="129"/>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <location filename="../ui/main/MainActions.cpp" line="132"/>
        <source>Colour &amp;Scheme</source>
        <translation>Thème de &amp;couleurs</translation>
    </message>
    <message>
        <location filename="../ui/main/MainActions.cpp" line="136"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="52"/>
        <source>Dataset</source>
        <translation>Données</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="52"/>
        <source>Configure</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="52"/>
        <source>Train</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="52"/>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="52"/>
        <source>Playground</source>
        <translation>Bac à sable</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="58"/>
        <source>LiteTune</source>
        <translation>LiteTune</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="74"/>
        <source>Main</source>
        <translation>Barre principale</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="202"/>
        <source>Writing the report %1…</source>
        <translation>Écriture du rapport %1…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="205"/>
        <source>Report saved: %1</source>
        <translation>Rapport enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="212"/>
        <source>Exporting the model to %1…</source>
        <translation>Exportation du modèle vers %1…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="215"/>
        <source>Model exported: %1</source>
        <translation>Modèle exporté&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="275"/>
        <location filename="../ui/main/MainWindow.cpp" line="284"/>
        <source>A run is already in progress.</source>
        <translation>Une exécution est déjà en cours.</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="301"/>
        <source>Dataset: %1</source>
        <translation>Données&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="300"/>
        <source>demo</source>
        <translation>démo</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="301"/>
        <source>Text corpus: %1</source>
        <translation>Corpus de texte&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="313"/>
        <source>Idle</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="313"/>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="313"/>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="333"/>
        <source>Quit LiteTune?</source>
        <translation>Quitter LiteTune&#xa0;?</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="334"/>
        <source>A run is in progress. Cancel it and quit?

The run stops after its current step and keeps a checkpoint, so it can be resumed.</source>
        <translation>Une exécution est en cours. L’annuler et quitter&#xa0;?

L’exécution s’arrête après l’étape en cours et conserve un point de contrôle, pour pouvoir être reprise.</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="345"/>
        <source>Cancelling the run before quitting…</source>
        <translation>Annulation de l’exécution avant de quitter…</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="363"/>
        <source>The run failed</source>
        <translation>L’exécution a échoué</translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="365"/>
        <source>Runs that finished before it are kept in the runs folder.</source>
        <translation>Les exécutions terminées avant elle sont conservées dans le dossier des exécutions.</translation>
    </message>
</context>
<context>
    <name>MetricFormat</name>
    <message>
        <location filename="../ui/results/MetricFormat.cpp" line="13"/>
        <source>%1 hr %2 min</source>
        <translation>%1&#xa0;h %2&#xa0;min</translation>
    </message>
    <message>
        <location filename="../ui/results/MetricFormat.cpp" line="31"/>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <location filename="../ui/results/MetricFormat.cpp" line="39"/>
        <source>%1 sec</source>
        <translation>%1&#xa0;s</translation>
    </message>
    <message>
        <location filename="../ui/results/MetricFormat.cpp" line="45"/>
        <source>%1 min %2 sec</source>
        <translation>%1&#xa0;min %2&#xa0;s</translation>
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
        <translation>Fusionner l’adaptateur LoRA dans le modèle de base (dossier Hugging Face simple, PEFT non requis)</translation>
    </message>
    <message>
        <location filename="../ui/report/ModelExportDialog.cpp" line="38"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../ui/report/ModelExportDialog.cpp" line="41"/>
        <source>Export Model</source>
        <translation>Exporter le modèle</translation>
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
        <translation>Un dossier nouveau ou vide</translation>
    </message>
    <message>
        <location filename="../ui/report/ModelExportDialog.cpp" line="71"/>
        <source>A name without a folder is made in %1</source>
        <translation>Un nom sans dossier est créé dans %1</translation>
    </message>
    <message>
        <location filename="../ui/report/ModelExportDialog.cpp" line="72"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../ui/report/ModelExportDialog.cpp" line="78"/>
        <source>Run whose trained model is exported:</source>
        <translation>Exécution dont le modèle entraîné est exporté&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/report/ModelExportDialog.cpp" line="82"/>
        <source>Output &amp;folder:</source>
        <translation>&amp;Dossier de sortie&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/report/ModelExportDialog.cpp" line="165"/>
        <source>Only LoRA runs have an adapter to merge</source>
        <translation>Seules les exécutions LoRA ont un adaptateur à fusionner</translation>
    </message>
    <message>
        <location filename="../ui/report/ModelExportDialog.cpp" line="167"/>
        <source>There is no trained run to export.</source>
        <translation>Il n’y a aucune exécution entraînée à exporter.</translation>
    </message>
    <message>
        <location filename="../ui/report/ModelExportDialog.cpp" line="169"/>
        <source>Writes the PEFT adapter folder (adapter_config.json, adapter_model.safetensors); loading it needs the base model and PEFT.</source>
        <translation>Écrit le dossier de l’adaptateur PEFT (adapter_config.json, adapter_model.safetensors)&#xa0;; son chargement nécessite le modèle de base et PEFT.</translation>
    </message>
    <message>
        <location filename="../ui/report/ModelExportDialog.cpp" line="172"/>
        <source>Writes a Hugging Face model folder (config.json, model.safetensors) that transformers loads with from_pretrained.</source>
        <translation>Écrit un dossier de modèle Hugging Face (config.json, model.safetensors) que transformers charge avec from_pretrained.</translation>
    </message>
    <message>
        <location filename="../ui/report/ModelExportDialog.cpp" line="192"/>
        <source>Export Model To</source>
        <translation>Exporter le modèle vers</translation>
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
        <translation>Exporter le modèle</translation>
    </message>
    <message>
        <location filename="../ui/report/ModelExporter.cpp" line="70"/>
        <source>A model is being exported; try again when it is done.</source>
        <translation>Un modèle est en cours d’exportation&#xa0;; réessayez une fois l’exportation terminée.</translation>
    </message>
    <message>
        <location filename="../ui/report/ModelExporter.cpp" line="76"/>
        <source>There is no trained model to export yet. Train a method or run a comparison first.</source>
        <translation>Il n’y a pas encore de modèle entraîné à exporter. Entraînez d’abord une méthode ou lancez une comparaison.</translation>
    </message>
    <message>
        <location filename="../ui/report/ModelExporter.cpp" line="113"/>
        <source>%1 holds an adapter LiteTune exported earlier. Replace its files?</source>
        <translation>%1 contient un adaptateur exporté auparavant par LiteTune. Remplacer ses fichiers&#xa0;?</translation>
    </message>
    <message>
        <location filename="../ui/report/ModelExporter.cpp" line="114"/>
        <source>%1 holds a model LiteTune exported earlier. Replace its files?</source>
        <translation>%1 contient un modèle exporté auparavant par LiteTune. Remplacer ses fichiers&#xa0;?</translation>
    </message>
    <message>
        <location filename="../ui/report/ModelExporter.cpp" line="117"/>
        <source>The folder holds nothing else.</source>
        <translation>Le dossier ne contient rien d’autre.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/report/ModelExporter.cpp" line="126"/>
        <source>The %n other file(s) in the folder stay as they are (%1).</source>
        <translation>
            <numerusform>%n autre fichier du dossier reste inchangé (%1).</numerusform>
            <numerusform>Les %n autres fichiers du dossier restent inchangés (%1).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/report/ModelExporter.cpp" line="164"/>
        <source>The model could not be exported to %1.</source>
        <translation>Impossible d’exporter le modèle vers %1.</translation>
    </message>
</context>
<context>
    <name>PerClassF1Plot</name>
    <message>
        <location filename="../ui/results/PerClassF1Plot.cpp" line="17"/>
        <source>F1 score</source>
        <translation>Score F1</translation>
    </message>
</context>
<context>
    <name>PlaygroundPage</name>
    <message>
        <location filename="../ui/playground/PlaygroundPage.cpp" line="39"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../ui/playground/PlaygroundPage.cpp" line="40"/>
        <source>Batch</source>
        <translation>Par lot</translation>
    </message>
    <message>
        <location filename="../ui/playground/PlaygroundPage.cpp" line="78"/>
        <source>&lt;b&gt;Runs&lt;/b&gt;</source>
        <translation>&lt;b&gt;Exécutions&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/playground/PlaygroundPage.cpp" line="118"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/playground/PlaygroundPage.cpp" line="131"/>
        <location filename="../ui/playground/PlaygroundPage.cpp" line="165"/>
        <source>Type a text to see what this run predicts.</source>
        <translation>Saisissez un texte pour voir ce que prédit cette exécution.</translation>
    </message>
    <message>
        <location filename="../ui/playground/PlaygroundPage.cpp" line="121"/>
        <source>A base evaluation answers with the model it evaluated. Where that model had no head for these labels, the head was drawn from seed %1: untrained, so its answers are no better than chance.</source>
        <translation>Une évaluation de base répond avec le modèle qu’elle a évalué. Si ce modèle n’avait pas de tête pour ces étiquettes, la tête a été tirée de la graine %1&#xa0;: non entraînée, ses réponses ne valent pas mieux que le hasard.</translation>
    </message>
    <message>
        <location filename="../ui/playground/PlaygroundPage.cpp" line="69"/>
        <source>Ticked runs answer. Each is asked with the model it saved; the first question loads it. As in training, a run reads only the first tokens of a text, up to its Max length.</source>
        <translation>Les exécutions cochées répondent. Chacune utilise le modèle qu’elle a enregistré&#xa0;; la première question le charge. Comme à l’entraînement, une exécution ne lit que les premiers tokens d’un texte, jusqu’à sa longueur max.</translation>
    </message>
    <message>
        <location filename="../ui/playground/PlaygroundPage.cpp" line="88"/>
        <source>Type or paste a text to see what each ticked run predicts…</source>
        <translation>Saisissez ou collez un texte pour voir ce que prédit chaque exécution cochée…</translation>
    </message>
    <message>
        <location filename="../ui/playground/PlaygroundPage.cpp" line="138"/>
        <source>Tick runs in the list to ask them.</source>
        <translation>Cochez des exécutions dans la liste pour les interroger.</translation>
    </message>
    <message>
        <location filename="../ui/playground/PlaygroundPage.cpp" line="222"/>
        <source>Could not predict: %1</source>
        <translation>Prédiction impossible&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>RecentDatasets</name>
    <message>
        <location filename="../ui/main/RecentDatasets.cpp" line="40"/>
        <source>No recent datasets</source>
        <translation>Aucun jeu de données récent</translation>
    </message>
    <message>
        <location filename="../ui/main/RecentDatasets.cpp" line="44"/>
        <source>Clear List</source>
        <translation>Effacer la liste</translation>
    </message>
</context>
<context>
    <name>ReportBundleWriter</name>
    <message>
        <location filename="../ui/report/ReportBundleWriter.cpp" line="21"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportBundleWriter.cpp" line="30"/>
        <source>Could not export the report: %1</source>
        <translation>Impossible d’exporter le rapport&#xa0;: %1</translation>
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
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExporter.cpp" line="59"/>
        <source>A report is being written; try again when it is done.</source>
        <translation>Un rapport est en cours d’écriture&#xa0;; réessayez quand il sera terminé.</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportExporter.cpp" line="64"/>
        <source>There are no runs to report yet. Train a method or run a comparison first.</source>
        <translation>Il n’y a pas encore d’exécution à inclure dans un rapport. Entraînez d’abord une méthode ou lancez une comparaison.</translation>
    </message>
</context>
<context>
    <name>ReportPdfPrinter</name>
    <message>
        <location filename="../ui/report/ReportPdfPrinter.cpp" line="53"/>
        <source>The plot %1 of the report is not valid SVG.</source>
        <translation>Le graphique %1 du rapport n’est pas un SVG valide.</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <location filename="../ui/report/ReportWriter.cpp" line="24"/>
        <location filename="../ui/report/ReportWriter.cpp" line="32"/>
        <location filename="../ui/report/ReportWriter.cpp" line="43"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportWriter.cpp" line="78"/>
        <source>HTML report (*.html)</source>
        <translation>Rapport HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportWriter.cpp" line="79"/>
        <source>PDF report (*.pdf)</source>
        <translation>Rapport PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportWriter.cpp" line="80"/>
        <source>Markdown table (*.md)</source>
        <translation>Tableau Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportWriter.cpp" line="81"/>
        <source>Metrics as CSV (*.csv)</source>
        <translation>Métriques en CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportWriter.cpp" line="82"/>
        <source>Metrics as JSON (*.json)</source>
        <translation>Métriques en JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportWriter.cpp" line="83"/>
        <source>Bundle as ZIP (*.zip)</source>
        <translation>Archive ZIP (*.zip)</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportWriter.cpp" line="84"/>
        <source>Bundle as tar.gz (*.tar.gz *.tgz)</source>
        <translation>Archive tar.gz (*.tar.gz *.tgz)</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportWriter.cpp" line="106"/>
        <source>Cannot tell the format of %1: name it .html, .pdf, .md, .csv, .json, .zip or .tar.gz.</source>
        <translation>Impossible de déterminer le format de %1&#xa0;: nommez-le en .html, .pdf, .md, .csv, .json, .zip ou .tar.gz.</translation>
    </message>
    <message>
        <location filename="../ui/report/ReportWriter.cpp" line="133"/>
        <source>Could not export the report: %1</source>
        <translation>Impossible d’exporter le rapport&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../ui/results/RunListPanel.cpp" line="30"/>
        <source>&lt;b&gt;Runs&lt;/b&gt;</source>
        <translation>&lt;b&gt;Exécutions&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/results/RunListPanel.cpp" line="40"/>
        <source>Tick the runs to compare. Every run in the runs folder is listed.</source>
        <translation>Cochez les exécutions à comparer. Toutes les exécutions du dossier des exécutions sont listées.</translation>
    </message>
    <message>
        <location filename="../ui/results/RunListPanel.cpp" line="71"/>
        <source>Export Report…</source>
        <translation>Exporter le rapport…</translation>
    </message>
    <message>
        <location filename="../ui/results/RunListPanel.cpp" line="73"/>
        <source>Save the ticked runs as an HTML, PDF or Markdown report, metrics or a bundle</source>
        <translation>Enregistrer les exécutions cochées dans un rapport HTML, PDF ou Markdown, en métriques ou en archive</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPage.cpp" line="87"/>
        <source>Side by Side</source>
        <translation>Côte à côte</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPage.cpp" line="89"/>
        <source>Difference</source>
        <translation>Différence</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPage.cpp" line="90"/>
        <source>What changed from one run to another on the same data: samples fixed and broken, the confusion difference, per-class F1 changes</source>
        <translation>Ce qui a changé d’une exécution à l’autre sur les mêmes données&#xa0;: exemples corrigés et cassés, différence des matrices de confusion, variations du F1 par classe</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPage.cpp" line="120"/>
        <source>&lt;b&gt;Settings that differ&lt;/b&gt;</source>
        <translation>&lt;b&gt;Paramètres qui diffèrent&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPage.cpp" line="125"/>
        <source>&lt;b&gt;Results&lt;/b&gt; — best of each row in bold</source>
        <translation>&lt;b&gt;Résultats&lt;/b&gt; — le meilleur de chaque ligne en gras</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPage.cpp" line="150"/>
        <source>Confusion Matrices</source>
        <translation>Matrices de confusion</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPage.cpp" line="151"/>
        <source>Per-Class F1</source>
        <translation>F1 par classe</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPage.cpp" line="167"/>
        <source>Normalise rows</source>
        <translation>Normaliser les lignes</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPage.cpp" line="169"/>
        <source>Show each true label&apos;s row as shares that sum to 100%, so rare labels read as clearly as common ones</source>
        <translation>Afficher la ligne de chaque étiquette réelle en proportions dont la somme vaut 100&#xa0;%, pour que les étiquettes rares se lisent aussi bien que les fréquentes</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPage.cpp" line="171"/>
        <source>Click a cell to see its samples in the Dataset place.</source>
        <translation>Cliquez sur une cellule pour voir ses exemples dans l’espace Données.</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPage.cpp" line="209"/>
        <source>&lt;h3&gt;No runs yet&lt;/h3&gt;&lt;p&gt;Finished runs appear here. Train a method or compare base, full fine-tune and LoRA from the Configure place.&lt;/p&gt;&lt;p&gt;Runs are kept in %1.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Aucune exécution pour l’instant&lt;/h3&gt;&lt;p&gt;Les exécutions terminées apparaissent ici. Entraînez une méthode ou comparez base, ajustement fin complet et LoRA depuis l’espace Configuration.&lt;/p&gt;&lt;p&gt;Les exécutions sont conservées dans %1.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPage.cpp" line="212"/>
        <source>&lt;h3&gt;No runs chosen&lt;/h3&gt;&lt;p&gt;Tick runs in the list to compare them side by side.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Aucune exécution choisie&lt;/h3&gt;&lt;p&gt;Cochez des exécutions dans la liste pour les comparer côte à côte.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPage.cpp" line="244"/>
        <source>Tick two or more runs to see how their settings differ.</source>
        <translation>Cochez au moins deux exécutions pour voir en quoi leurs paramètres diffèrent.</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPage.cpp" line="245"/>
        <source>The runs&apos; settings are the same.</source>
        <translation>Les paramètres des exécutions sont identiques.</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPage.cpp" line="257"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;p&gt;No classes: a causal language model.&lt;/p&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;p&gt;Pas de classes&#xa0;: un modèle de langage causal.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsPage.cpp" line="310"/>
        <source>No classes: a causal language model (%1).</source>
        <translation>Pas de classes&#xa0;: un modèle de langage causal (%1).</translation>
    </message>
</context>
<context>
    <name>ResultsTableModel</name>
    <message>
        <location filename="../ui/results/ResultsTableModel.cpp" line="56"/>
        <source>Training Loss</source>
        <translation>Perte d’entraînement</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsTableModel.cpp" line="58"/>
        <source>Validation Loss</source>
        <translation>Perte de validation</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsTableModel.cpp" line="60"/>
        <source>Accuracy</source>
        <translation>Exactitude</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsTableModel.cpp" line="62"/>
        <source>F1 Score</source>
        <translation>Score F1</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsTableModel.cpp" line="64"/>
        <source>Precision</source>
        <translation>Précision</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsTableModel.cpp" line="66"/>
        <source>Recall</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsTableModel.cpp" line="68"/>
        <source>Training Duration</source>
        <translation>Durée d’entraînement</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsTableModel.cpp" line="70"/>
        <source>Eval Runtime</source>
        <translation>Durée d’évaluation</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsTableModel.cpp" line="72"/>
        <source>Samples per Second</source>
        <translation>Exemples par seconde</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsTableModel.cpp" line="74"/>
        <source>Steps per Second</source>
        <translation>Étapes par seconde</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsTableModel.cpp" line="76"/>
        <source>Epoch</source>
        <translation>Époque</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsTableModel.cpp" line="78"/>
        <source>Macro F1</source>
        <translation>F1 macro</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsTableModel.cpp" line="80"/>
        <source>Trainable Params</source>
        <translation>Paramètres entraînables</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsTableModel.cpp" line="82"/>
        <source>Peak Memory</source>
        <translation>Pic de mémoire</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsTableModel.cpp" line="84"/>
        <source>Adapter Size</source>
        <translation>Taille de l’adaptateur</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsTableModel.cpp" line="86"/>
        <source>Perplexity</source>
        <translation>Perplexité</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsTableModel.cpp" line="105"/>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsTableModel.cpp" line="107"/>
        <source>failed</source>
        <translation>échouée</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsTableModel.cpp" line="109"/>
        <source>unfinished</source>
        <translation>inachevée</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsTableModel.cpp" line="199"/>
        <source>Best: the lowest of the runs</source>
        <translation>Meilleur&#xa0;: la valeur la plus basse des exécutions</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsTableModel.cpp" line="200"/>
        <source>Best: the highest of the runs</source>
        <translation>Meilleur&#xa0;: la valeur la plus haute des exécutions</translation>
    </message>
    <message>
        <location filename="../ui/results/ResultsTableModel.cpp" line="223"/>
        <source>Not in the reference table: LiteTune&apos;s addition.</source>
        <translation>Absent du tableau de référence&#xa0;: ajout de LiteTune.</translation>
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
L’exécution ne s’est pas terminée&#xa0;: ses valeurs ne sont jamais marquées comme les meilleures.</translation>
    </message>
</context>
<context>
    <name>RunCatalog</name>
    <message>
        <location filename="../ui/runs/RunCatalog.cpp" line="77"/>
        <source>%1 is not a run in the list.</source>
        <translation>%1 n’est pas une exécution de la liste.</translation>
    </message>
</context>
<context>
    <name>RunConfigDialog</name>
    <message>
        <location filename="../ui/results/RunConfigDialog.cpp" line="43"/>
        <source>Settings of “%1”</source>
        <translation>Paramètres de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../ui/results/RunConfigDialog.cpp" line="46"/>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/results/RunConfigDialog.cpp" line="47"/>
        <source>Method:</source>
        <translation>Méthode&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/results/RunConfigDialog.cpp" line="48"/>
        <source>Folder:</source>
        <translation>Dossier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/results/RunConfigDialog.cpp" line="53"/>
        <source>Setting</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <location filename="../ui/results/RunConfigDialog.cpp" line="53"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
</context>
<context>
    <name>RunDiffView</name>
    <message>
        <location filename="../ui/results/RunDiffView.cpp" line="59"/>
        <location filename="../ui/results/RunDiffView.cpp" line="152"/>
        <source>Tick two runs on the same data to see what changed between them.</source>
        <translation>Cochez deux exécutions sur les mêmes données pour voir ce qui a changé entre elles.</translation>
    </message>
    <message>
        <location filename="../ui/results/RunDiffView.cpp" line="157"/>
        <source>A and B are the same run: choose another run for one of them.</source>
        <translation>A et B sont la même exécution&#xa0;: choisissez une autre exécution pour l’une d’elles.</translation>
    </message>
    <message>
        <location filename="../ui/results/RunDiffView.cpp" line="161"/>
        <source>Reading both runs&apos; predictions…</source>
        <translation>Lecture des prédictions des deux exécutions…</translation>
    </message>
    <message>
        <location filename="../ui/results/RunDiffView.cpp" line="173"/>
        <source>These runs cannot be compared sample by sample: %1</source>
        <translation>Ces exécutions ne peuvent pas être comparées exemple par exemple&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/results/RunDiffView.cpp" line="224"/>
        <source>Confusion matrix of B − A</source>
        <translation>Matrice de confusion de B − A</translation>
    </message>
    <message>
        <location filename="../ui/results/RunDiffView.cpp" line="237"/>
        <source>Accuracy %1 → %2 (%3) · macro F1 %4 → %5 (%6) · &lt;b&gt;fixed %7&lt;/b&gt;, &lt;b&gt;broken %8&lt;/b&gt; of %9 %10 samples</source>
        <translation>Exactitude %1 → %2 (%3) · F1 macro %4 → %5 (%6) · &lt;b&gt;corrigés %7&lt;/b&gt;, &lt;b&gt;cassés %8&lt;/b&gt; sur %9 exemples de %10</translation>
    </message>
    <message>
        <location filename="../ui/results/RunDiffView.cpp" line="278"/>
        <source>Fixed by B (%1)</source>
        <translation>Corrigés par B (%1)</translation>
    </message>
    <message>
        <location filename="../ui/results/RunDiffView.cpp" line="280"/>
        <source>Broken by B (%1)</source>
        <translation>Cassés par B (%1)</translation>
    </message>
    <message>
        <location filename="../ui/results/RunDiffView.cpp" line="290"/>
        <source>Cell: true %1 → predicted %2 (%3)</source>
        <translation>Cellule&#xa0;: réelle %1 → prédite %2 (%3)</translation>
    </message>
    <message>
        <location filename="../ui/results/RunDiffViewWidgets.cpp" line="23"/>
        <source>The run compared against (before).</source>
        <translation>L’exécution de référence (avant).</translation>
    </message>
    <message>
        <location filename="../ui/results/RunDiffViewWidgets.cpp" line="26"/>
        <source>The run whose changes are shown (after).</source>
        <translation>L’exécution dont les changements sont affichés (après).</translation>
    </message>
    <message>
        <location filename="../ui/results/RunDiffViewWidgets.cpp" line="34"/>
        <source>Swap A and B</source>
        <translation>Échanger A et B</translation>
    </message>
    <message>
        <location filename="../ui/results/RunDiffViewWidgets.cpp" line="40"/>
        <source>A:</source>
        <translation>A&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/results/RunDiffViewWidgets.cpp" line="43"/>
        <source>B:</source>
        <translation>B&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/results/RunDiffViewWidgets.cpp" line="61"/>
        <source>Cells count samples B − A: on the diagonal more is better, elsewhere fewer is. Click a cell to list its samples.</source>
        <translation>Les cellules comptent les exemples B − A&#xa0;: sur la diagonale, plus il y en a, mieux c’est&#xa0;; ailleurs, moins il y en a, mieux c’est. Cliquez sur une cellule pour lister ses exemples.</translation>
    </message>
    <message>
        <location filename="../ui/results/RunDiffViewWidgets.cpp" line="82"/>
        <source>Show in Dataset</source>
        <translation>Afficher dans Données</translation>
    </message>
    <message>
        <location filename="../ui/results/RunDiffViewWidgets.cpp" line="84"/>
        <source>Show these samples in the Dataset place, with the rest of their data.</source>
        <translation>Afficher ces exemples dans l’espace Données, avec le reste de leurs données.</translation>
    </message>
    <message>
        <location filename="../ui/results/RunDiffViewWidgets.cpp" line="98"/>
        <source>Samples:</source>
        <translation>Exemples&#xa0;:</translation>
    </message>
</context>
<context>
    <name>RunEnding</name>
    <message>
        <location filename="../ui/training/RunEnding.cpp" line="15"/>
        <source>base</source>
        <translation>base</translation>
    </message>
    <message>
        <location filename="../ui/training/RunEnding.cpp" line="17"/>
        <source>full</source>
        <translation>complet</translation>
    </message>
    <message>
        <location filename="../ui/training/RunEnding.cpp" line="19"/>
        <source>LoRA</source>
        <translation>LoRA</translation>
    </message>
    <message>
        <location filename="../ui/training/RunEnding.cpp" line="34"/>
        <source>Cancelled during %1</source>
        <translation>Annulée pendant %1</translation>
    </message>
    <message>
        <location filename="../ui/training/RunEnding.cpp" line="35"/>
        <source>Cancelled during the evaluation</source>
        <translation>Annulée pendant l’évaluation</translation>
    </message>
    <message>
        <location filename="../ui/training/RunEnding.cpp" line="38"/>
        <source>Cancelled during %1 before its first step</source>
        <translation>Annulée pendant %1 avant sa première étape</translation>
    </message>
    <message>
        <location filename="../ui/training/RunEnding.cpp" line="39"/>
        <location filename="../ui/training/RunEnding.cpp" line="71"/>
        <source>Cancelled before the first step</source>
        <translation>Annulée avant la première étape</translation>
    </message>
    <message>
        <location filename="../ui/training/RunEnding.cpp" line="44"/>
        <source>Cancelled during %1 at step %2 of %3 — resumable</source>
        <translation>Annulée pendant %1 à l’étape %2 sur %3 — reprise possible</translation>
    </message>
    <message>
        <location filename="../ui/training/RunEnding.cpp" line="45"/>
        <source>Cancelled during %1 at step %2 of %3</source>
        <translation>Annulée pendant %1 à l’étape %2 sur %3</translation>
    </message>
    <message>
        <location filename="../ui/training/RunEnding.cpp" line="50"/>
        <source>Cancelled at step %1 of %2 — resumable</source>
        <translation>Annulée à l’étape %1 sur %2 — reprise possible</translation>
    </message>
    <message>
        <location filename="../ui/training/RunEnding.cpp" line="51"/>
        <source>Cancelled at step %1 of %2</source>
        <translation>Annulée à l’étape %1 sur %2</translation>
    </message>
    <message>
        <location filename="../ui/training/RunEnding.cpp" line="60"/>
        <source>duration %1</source>
        <translation>durée %1</translation>
    </message>
    <message>
        <location filename="../ui/training/RunEnding.cpp" line="63"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location filename="../ui/training/RunEnding.cpp" line="64"/>
        <source>Failed: %1</source>
        <translation>Échec&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/training/RunEnding.cpp" line="78"/>
        <source>Finished</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <location filename="../ui/training/RunEnding.cpp" line="79"/>
        <location filename="../ui/training/RunEnding.cpp" line="89"/>
        <source>Finished: %1 · %2</source>
        <translation>Terminée&#xa0;: %1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/training/RunEnding.cpp" line="86"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/training/RunEnding.cpp" line="88"/>
        <source>Finished: %1</source>
        <translation>Terminée&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/training/RunEnding.cpp" line="96"/>
        <source>perplexity %1</source>
        <translation>perplexité %1</translation>
    </message>
    <message>
        <location filename="../ui/training/RunEnding.cpp" line="98"/>
        <source>accuracy %1%</source>
        <translation>exactitude %1&#xa0;%</translation>
    </message>
</context>
<context>
    <name>RunListPanel</name>
    <message>
        <location filename="../ui/results/RunListPanel.cpp" line="42"/>
        <source>Right-click a run to rename, delete, resume or open it.</source>
        <translation>Cliquez avec le bouton droit sur une exécution pour la renommer, la supprimer, la reprendre ou l’ouvrir.</translation>
    </message>
    <message>
        <location filename="../ui/results/RunListPanel.cpp" line="55"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/results/RunListPanel.cpp" line="57"/>
        <source>Bring the deleted run back from the trash (Ctrl+Z in the list)</source>
        <translation>Récupérer l’exécution supprimée dans la corbeille (Ctrl+Z dans la liste)</translation>
    </message>
    <message>
        <location filename="../ui/results/RunListPanel.cpp" line="62"/>
        <source>Hide this message</source>
        <translation>Masquer ce message</translation>
    </message>
    <message>
        <location filename="../ui/results/RunListPanel.cpp" line="92"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <location filename="../ui/results/RunListPanel.cpp" line="93"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/results/RunListPanel.cpp" line="94"/>
        <source>&amp;Undo Delete</source>
        <translation>&amp;Annuler la suppression</translation>
    </message>
    <message>
        <location filename="../ui/results/RunListPanel.cpp" line="95"/>
        <source>&amp;Open Run Folder</source>
        <translation>&amp;Ouvrir le dossier de l’exécution</translation>
    </message>
    <message>
        <location filename="../ui/results/RunListPanel.cpp" line="96"/>
        <source>Show &amp;Settings…</source>
        <translation>Afficher les &amp;paramètres…</translation>
    </message>
    <message>
        <location filename="../ui/results/RunListPanel.cpp" line="97"/>
        <source>Res&amp;ume Training</source>
        <translation>R&amp;eprendre l’entraînement</translation>
    </message>
    <message>
        <location filename="../ui/results/RunListPanel.cpp" line="98"/>
        <source>Move the run&apos;s folder to the trash</source>
        <translation>Déplacer le dossier de l’exécution dans la corbeille</translation>
    </message>
    <message>
        <location filename="../ui/results/RunListPanel.cpp" line="99"/>
        <source>Continue the run from its latest checkpoint with its recorded settings, as litetune-cli train --resume does</source>
        <translation>Reprendre l’exécution à partir de son dernier point de contrôle avec ses paramètres enregistrés, comme le fait litetune-cli train --resume</translation>
    </message>
    <message>
        <location filename="../ui/results/RunListPanel.cpp" line="170"/>
        <source>“%1” is running; rename it when it has finished.</source>
        <translation>«&#xa0;%1&#xa0;» est en cours&#xa0;; renommez-la une fois qu’elle sera terminée.</translation>
    </message>
    <message>
        <location filename="../ui/results/RunListPanel.cpp" line="189"/>
        <source>Run “%1” moved to the trash.</source>
        <translation>Exécution «&#xa0;%1&#xa0;» déplacée dans la corbeille.</translation>
    </message>
    <message>
        <location filename="../ui/results/RunListPanel.cpp" line="198"/>
        <source>There is no trash for %1, so the run stays where it is. Open Run Folder to delete it yourself.</source>
        <translation>Il n’y a pas de corbeille pour %1&#xa0;: l’exécution reste où elle est. Utilisez «&#xa0;Ouvrir le dossier de l’exécution&#xa0;» pour la supprimer vous-même.</translation>
    </message>
    <message>
        <location filename="../ui/results/RunListPanel.cpp" line="224"/>
        <source>Could not open %1.</source>
        <translation>Impossible d’ouvrir %1.</translation>
    </message>
</context>
<context>
    <name>RunPredictor</name>
    <message>
        <location filename="../ui/playground/RunPredictor.cpp" line="40"/>
        <source>Cancelled before its evaluation finished: nothing to ask.</source>
        <translation>Annulée avant la fin de son évaluation&#xa0;: rien à interroger.</translation>
    </message>
    <message>
        <location filename="../ui/playground/RunPredictor.cpp" line="41"/>
        <source>This evaluation has no results, so its labels are unknown.</source>
        <translation>Cette évaluation n’a aucun résultat, ses étiquettes sont donc inconnues.</translation>
    </message>
    <message>
        <location filename="../ui/playground/RunPredictor.cpp" line="58"/>
        <source>Cancelled before it saved a model: nothing to ask.</source>
        <translation>Annulée avant d’avoir enregistré un modèle&#xa0;: rien à interroger.</translation>
    </message>
    <message>
        <location filename="../ui/playground/RunPredictor.cpp" line="59"/>
        <source>This run saved no model (%1 is missing).</source>
        <translation>Cette exécution n’a enregistré aucun modèle (%1 manque).</translation>
    </message>
    <message>
        <location filename="../ui/playground/RunPredictor.cpp" line="68"/>
        <source>Waiting for the engine: a training run is in progress, the predictions follow when it ends.</source>
        <translation>En attente du moteur&#xa0;: un entraînement est en cours, les prédictions suivront à sa fin.</translation>
    </message>
    <message>
        <location filename="../ui/playground/RunPredictor.cpp" line="70"/>
        <source>Asking the runs…</source>
        <translation>Interrogation des exécutions…</translation>
    </message>
</context>
<context>
    <name>RunRemoval</name>
    <message>
        <location filename="../ui/runs/RunRemoval.cpp" line="53"/>
        <source>%1 is not a run in the list; only listed runs are deleted.</source>
        <translation>%1 n’est pas une exécution de la liste&#xa0;; seules les exécutions listées sont supprimées.</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunRemoval.cpp" line="56"/>
        <source>“%1” is running; cancel it or wait until it has finished.</source>
        <translation>«&#xa0;%1&#xa0;» est en cours&#xa0;; annulez-la ou attendez qu’elle soit terminée.</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunRemoval.cpp" line="78"/>
        <source>Cannot put “%1” back: %2 exists again.</source>
        <translation>Impossible de restaurer «&#xa0;%1&#xa0;»&#xa0;: %2 existe de nouveau.</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunRemoval.cpp" line="81"/>
        <source>Cannot put “%1” back: it is no longer in the trash.</source>
        <translation>Impossible de restaurer «&#xa0;%1&#xa0;»&#xa0;: l’exécution n’est plus dans la corbeille.</translation>
    </message>
    <message>
        <location filename="../ui/runs/RunRemoval.cpp" line="84"/>
        <source>Cannot move %1 back to %2.</source>
        <translation>Impossible de replacer %1 dans %2.</translation>
    </message>
</context>
<context>
    <name>RunResumer</name>
    <message>
        <location filename="../ui/training/RunResumer.cpp" line="49"/>
        <source>“%1” is not in the runs folder any more.</source>
        <translation>«&#xa0;%1&#xa0;» n’est plus dans le dossier des exécutions.</translation>
    </message>
    <message>
        <location filename="../ui/training/RunResumer.cpp" line="53"/>
        <source>Another run is in progress. Resume “%1” when it has finished, or cancel it in the Train place.</source>
        <translation>Une autre exécution est en cours. Reprenez «&#xa0;%1&#xa0;» une fois qu’elle sera terminée, ou annulez-la dans l’espace Entraînement.</translation>
    </message>
    <message>
        <location filename="../ui/training/RunResumer.cpp" line="58"/>
        <source>“%1” is running in another LiteTune process.</source>
        <translation>«&#xa0;%1&#xa0;» est en cours dans un autre processus LiteTune.</translation>
    </message>
    <message>
        <location filename="../ui/training/RunResumer.cpp" line="63"/>
        <source>“%1” cannot be resumed: it finished, or it stopped before its first checkpoint.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être reprise&#xa0;: elle est terminée, ou elle s’est arrêtée avant son premier point de contrôle.</translation>
    </message>
    <message>
        <location filename="../ui/training/RunResumer.cpp" line="109"/>
        <source>Resuming from step %1; the curves up to it are read from the run&apos;s history.csv.</source>
        <translation>Reprise à partir de l’étape %1&#xa0;; les courbes jusqu’à cette étape sont lues dans le history.csv de l’exécution.</translation>
    </message>
</context>
<context>
    <name>RunSelectionModel</name>
    <message>
        <location filename="../ui/results/RunSelectionModel.cpp" line="167"/>
        <source>%1 (running elsewhere, PID %2)</source>
        <translation>%1 (en cours ailleurs, PID %2)</translation>
    </message>
    <message>
        <location filename="../ui/results/RunSelectionModel.cpp" line="168"/>
        <source>%1 (running elsewhere)</source>
        <translation>%1 (en cours ailleurs)</translation>
    </message>
    <message>
        <location filename="../ui/results/RunSelectionModel.cpp" line="172"/>
        <source>%1 (cancelled, resumable)</source>
        <translation>%1 (annulée, reprise possible)</translation>
    </message>
    <message>
        <location filename="../ui/results/RunSelectionModel.cpp" line="172"/>
        <source>%1 (resumable)</source>
        <translation>%1 (reprise possible)</translation>
    </message>
    <message>
        <location filename="../ui/results/RunSelectionModel.cpp" line="174"/>
        <source>%1 (cancelled)</source>
        <translation>%1 (annulée)</translation>
    </message>
    <message>
        <location filename="../ui/results/RunSelectionModel.cpp" line="181"/>
        <source>%1 — %2&lt;br&gt;Accuracy %3, macro F1 %4&lt;br&gt;%5</source>
        <translation>%1 — %2&lt;br&gt;Exactitude %3, F1 macro %4&lt;br&gt;%5</translation>
    </message>
    <message>
        <location filename="../ui/results/RunSelectionModel.cpp" line="188"/>
        <source>&lt;br&gt;&lt;b&gt;Resumable&lt;/b&gt;: it stopped before the end and kept a checkpoint. Continue it with Resume Training (right-click), or &lt;code&gt;litetune-cli train --resume %1&lt;/code&gt;</source>
        <translation>&lt;br&gt;&lt;b&gt;Reprise possible&lt;/b&gt;&#xa0;: l’exécution s’est arrêtée avant la fin et a conservé un point de contrôle. Reprenez-la avec «&#xa0;Reprendre l’entraînement&#xa0;» (clic droit) ou avec &lt;code&gt;litetune-cli train --resume %1&lt;/code&gt;</translation>
    </message>
    <message>
        <location filename="../ui/results/RunSelectionModel.cpp" line="224"/>
        <source>Could not rename “%1”: %2</source>
        <translation>Impossible de renommer «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>SamplePane</name>
    <message>
        <location filename="../ui/dataset/SamplePane.cpp" line="43"/>
        <source>Select a row to see its text, its tokens and the runs&apos; predictions.</source>
        <translation>Sélectionnez une ligne pour voir son texte, ses tokens et les prédictions des exécutions.</translation>
    </message>
    <message>
        <location filename="../ui/dataset/SamplePane.cpp" line="64"/>
        <source>example %1</source>
        <translation>exemple %1</translation>
    </message>
    <message>
        <location filename="../ui/dataset/SamplePane.cpp" line="71"/>
        <source>Tokens appear once the model&apos;s tokenizer is loaded.</source>
        <translation>Les tokens apparaissent une fois le tokenizer du modèle chargé.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dataset/SamplePane.cpp" line="80"/>
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n token</numerusform>
            <numerusform>%n tokens</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dataset/SamplePane.cpp" line="127"/>
        <source>Predictions</source>
        <translation>Prédictions</translation>
    </message>
    <message>
        <location filename="../ui/dataset/SamplePane.cpp" line="127"/>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <location filename="../ui/dataset/SamplePane.cpp" line="127"/>
        <source>Predicted</source>
        <translation>Prédite</translation>
    </message>
    <message>
        <location filename="../ui/dataset/SamplePane.cpp" line="128"/>
        <source>Probability</source>
        <translation>Probabilité</translation>
    </message>
    <message>
        <location filename="../ui/dataset/SamplePane.cpp" line="128"/>
        <source>Loss</source>
        <translation>Perte</translation>
    </message>
    <message>
        <location filename="../ui/dataset/SamplePane.cpp" line="133"/>
        <source>no label</source>
        <translation>sans étiquette</translation>
    </message>
</context>
<context>
    <name>SettingsNoticeBar</name>
    <message>
        <location filename="../ui/configure/SettingsNoticeBar.cpp" line="23"/>
        <source>Hide this message</source>
        <translation>Masquer ce message</translation>
    </message>
</context>
<context>
    <name>SweepAxisEditor</name>
    <message>
        <location filename="../ui/sweep/SweepAxisEditor.cpp" line="22"/>
        <source>&amp;Add option</source>
        <translation>Ajouter une &amp;option</translation>
    </message>
    <message>
        <location filename="../ui/sweep/SweepAxisEditor.cpp" line="24"/>
        <source>Vary one more option; the sweep runs every combination (grid) or a random draw of them</source>
        <translation>Faire varier une option de plus&#xa0;; le balayage exécute toutes les combinaisons (grille) ou un tirage aléatoire parmi elles</translation>
    </message>
    <message>
        <location filename="../ui/sweep/SweepAxisEditor.cpp" line="50"/>
        <source>Values separated by commas; a real option may give LOW:HIGH for a random sweep; list items join with +</source>
        <translation>Valeurs séparées par des virgules&#xa0;; une option à valeur réelle accepte LOW:HIGH pour un balayage aléatoire&#xa0;; les éléments d’une liste se joignent par +</translation>
    </message>
    <message>
        <location filename="../ui/sweep/SweepAxisEditor.cpp" line="53"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../ui/sweep/SweepAxisEditor.cpp" line="54"/>
        <source>Stop varying this option</source>
        <translation>Ne plus faire varier cette option</translation>
    </message>
    <message>
        <location filename="../ui/sweep/SweepAxisEditor.cpp" line="111"/>
        <source>now %1; e.g. %1, …</source>
        <translation>actuellement %1&#xa0;; par ex. %1, …</translation>
    </message>
    <message>
        <location filename="../ui/sweep/SweepAxisEditor.cpp" line="112"/>
        <source>now %1; any of %2</source>
        <translation>actuellement %1&#xa0;; au choix parmi %2</translation>
    </message>
</context>
<context>
    <name>SweepDialog</name>
    <message>
        <location filename="../ui/sweep/SweepDialog.cpp" line="39"/>
        <source>Sweep</source>
        <translation>Balayage</translation>
    </message>
    <message>
        <location filename="../ui/sweep/SweepDialog.cpp" line="47"/>
        <source>&amp;Grid: every combination</source>
        <translation>&amp;Grille&#xa0;: toutes les combinaisons</translation>
    </message>
    <message>
        <location filename="../ui/sweep/SweepDialog.cpp" line="50"/>
        <source>&amp;Random:</source>
        <translation>&amp;Aléatoire&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/sweep/SweepDialog.cpp" line="59"/>
        <source> runs drawn</source>
        <translation> exécutions tirées</translation>
    </message>
    <message>
        <location filename="../ui/sweep/SweepDialog.cpp" line="60"/>
        <source>Distinct points drawn from the grid (or sampled from LOW:HIGH ranges), seeded by the seed</source>
        <translation>Points distincts tirés de la grille (ou échantillonnés dans les plages LOW:HIGH), tirage déterminé par la graine</translation>
    </message>
    <message>
        <location filename="../ui/sweep/SweepDialog.cpp" line="74"/>
        <source>Options to vary</source>
        <translation>Options à faire varier</translation>
    </message>
    <message>
        <location filename="../ui/sweep/SweepDialog.cpp" line="78"/>
        <source>Runs:</source>
        <translation>Exécutions&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/sweep/SweepDialog.cpp" line="79"/>
        <source>Sort by:</source>
        <translation>Trier par&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/sweep/SweepDialog.cpp" line="84"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../ui/sweep/SweepDialog.cpp" line="84"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../ui/sweep/SweepDialog.cpp" line="84"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/sweep/SweepDialog.cpp" line="84"/>
        <source>Metric</source>
        <translation>Métrique</translation>
    </message>
    <message>
        <location filename="../ui/sweep/SweepDialog.cpp" line="84"/>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../ui/sweep/SweepDialog.cpp" line="90"/>
        <source>%v of %m runs ended</source>
        <translation>%v exécutions terminées sur %m</translation>
    </message>
    <message>
        <location filename="../ui/sweep/SweepDialog.cpp" line="103"/>
        <source>&amp;Queue</source>
        <translation>&amp;File d’attente</translation>
    </message>
    <message>
        <location filename="../ui/sweep/SweepDialog.cpp" line="104"/>
        <source>R&amp;esults</source>
        <translation>&amp;Résultats</translation>
    </message>
    <message>
        <location filename="../ui/sweep/SweepDialog.cpp" line="106"/>
        <source>&amp;Start</source>
        <translation>&amp;Lancer</translation>
    </message>
    <message>
        <location filename="../ui/sweep/SweepDialog.cpp" line="109"/>
        <source>&amp;Cancel Sweep</source>
        <translation>Annuler le &amp;balayage</translation>
    </message>
    <message>
        <location filename="../ui/sweep/SweepDialog.cpp" line="111"/>
        <source>Stop the running point (it stays resumable) and the queue; finished runs stay</source>
        <translation>Arrêter le point en cours (sa reprise reste possible) et la file d’attente&#xa0;; les exécutions terminées sont conservées</translation>
    </message>
    <message>
        <location filename="../ui/sweep/SweepDialog.cpp" line="137"/>
        <source>training %1 / %2</source>
        <translation>entraînement %1 / %2</translation>
    </message>
    <message>
        <location filename="../ui/sweep/SweepDialog.cpp" line="137"/>
        <source>evaluating %1 / %2</source>
        <translation>évaluation %1 / %2</translation>
    </message>
    <message>
        <location filename="../ui/sweep/SweepDialog.cpp" line="145"/>
        <source>Sweep cancelled; finished runs stay in %1</source>
        <translation>Balayage annulé&#xa0;; les exécutions terminées restent dans %1</translation>
    </message>
    <message>
        <location filename="../ui/sweep/SweepDialog.cpp" line="145"/>
        <source>Sweep finished: %1</source>
        <translation>Balayage terminé&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/sweep/SweepDialog.cpp" line="180"/>
        <location filename="../ui/sweep/SweepDialog.cpp" line="181"/>
        <source>demo</source>
        <translation>démo</translation>
    </message>
    <message>
        <location filename="../ui/sweep/SweepDialog.cpp" line="182"/>
        <source>Every run starts from the Configure place&apos;s settings (method %1, model %2, data %3) and changes only the options below.</source>
        <translation>Chaque exécution part des paramètres de l’espace Configuration (méthode %1, modèle %2, données %3) et ne modifie que les options ci-dessous.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sweep/SweepDialog.cpp" line="204"/>
        <source>%n run(s), one after another, sorted by %1 (%2 is better)</source>
        <translation>
            <numerusform>%n exécution, triée par %1 (une valeur %2 est meilleure)</numerusform>
            <numerusform>%n exécutions, l’une après l’autre, triées par %1 (une valeur %2 est meilleure)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sweep/SweepDialog.cpp" line="206"/>
        <source>lower</source>
        <translation>plus basse</translation>
    </message>
    <message>
        <location filename="../ui/sweep/SweepDialog.cpp" line="206"/>
        <source>higher</source>
        <translation>plus haute</translation>
    </message>
    <message>
        <location filename="../ui/sweep/SweepDialog.cpp" line="225"/>
        <source>Start a large sweep?</source>
        <translation>Lancer un grand balayage&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sweep/SweepDialog.cpp" line="226"/>
        <source>This sweep queues %n runs, one after another.</source>
        <translation>
            <numerusform>Ce balayage met %n exécution en file d’attente.</numerusform>
            <numerusform>Ce balayage met %n exécutions en file d’attente, l’une après l’autre.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sweep/SweepDialog.cpp" line="251"/>
        <source>Sweep folder: %1</source>
        <translation>Dossier du balayage&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/sweep/SweepDialog.cpp" line="274"/>
        <source>%1 s</source>
        <translation>%1&#xa0;s</translation>
    </message>
</context>
<context>
    <name>SweepQueue</name>
    <message>
        <location filename="../ui/sweep/SweepQueue.cpp" line="34"/>
        <source>A run is already in progress.</source>
        <translation>Une exécution est déjà en cours.</translation>
    </message>
</context>
<context>
    <name>SweepResultsView</name>
    <message>
        <location filename="../ui/sweep/SweepResultsView.cpp" line="40"/>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <location filename="../ui/sweep/SweepResultsView.cpp" line="42"/>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location filename="../ui/sweep/SweepResultsView.cpp" line="44"/>
        <source>done</source>
        <translation>terminée</translation>
    </message>
    <message>
        <location filename="../ui/sweep/SweepResultsView.cpp" line="46"/>
        <source>failed</source>
        <translation>échouée</translation>
    </message>
    <message>
        <location filename="../ui/sweep/SweepResultsView.cpp" line="48"/>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <location filename="../ui/sweep/SweepResultsView.cpp" line="102"/>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location filename="../ui/sweep/SweepResultsView.cpp" line="109"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/sweep/SweepResultsView.cpp" line="109"/>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../ui/sweep/SweepResultsView.cpp" line="109"/>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../ui/sweep/SweepResultsView.cpp" line="137"/>
        <source>%1 s</source>
        <translation>%1&#xa0;s</translation>
    </message>
    <message>
        <location filename="../ui/sweep/SweepResultsView.cpp" line="147"/>
        <source>Sorted: lower is better</source>
        <translation>Tri&#xa0;: une valeur plus basse est meilleure</translation>
    </message>
    <message>
        <location filename="../ui/sweep/SweepResultsView.cpp" line="148"/>
        <source>Sorted: higher is better</source>
        <translation>Tri&#xa0;: une valeur plus haute est meilleure</translation>
    </message>
</context>
<context>
    <name>TrainOption</name>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="34"/>
        <source>What a run does: evaluate the model as it is (base), fine-tune every weight (full), train LoRA adapters beside frozen weights, train only the classification head, or only the biases (bitfit).</source>
        <translation>Ce que fait une exécution&#xa0;: évaluer le modèle tel quel (base), ajuster finement tous les poids (full), entraîner des adaptateurs LoRA à côté des poids gelés, n’entraîner que la tête de classification, ou seulement les biais (bitfit).</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="41"/>
        <source>What the model learns: a label per text (classification), or the next token of raw text, one document per line or one per .txt file of a folder (causal-lm: continued pretraining; with --method full or lora).</source>
        <translation>Ce que le modèle apprend : une étiquette par texte (classification), ou le jeton suivant d&apos;un texte brut, un document par ligne ou un par fichier .txt d&apos;un dossier (causal-lm : pré-entraînement continu ; avec --method full ou lora).</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="47"/>
        <source>A Hugging Face model folder, a cached model id, or &quot;demo&quot;.</source>
        <translation>Un dossier de modèle Hugging Face, un identifiant de modèle en cache, ou «&#xa0;demo&#xa0;».</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="51"/>
        <source>A PEFT adapter folder to start from.</source>
        <translation>Un dossier d’adaptateur PEFT comme point de départ.</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="55"/>
        <source>CSV/TSV, JSON Lines, a split folder, a TweetEval folder, an archive of any of these, or &quot;demo&quot;.</source>
        <translation>CSV/TSV, JSON Lines, un dossier de partitions, un dossier TweetEval, une archive de l’un d’eux, ou «&#xa0;demo&#xa0;».</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="60"/>
        <source>&amp;Epochs:</source>
        <translation>Épo&amp;ques&#xa0;:</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="61"/>
        <source>How many times training goes through the whole training split.</source>
        <translation>Nombre de passages de l’entraînement sur toute la partition d’entraînement.</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="66"/>
        <source>Max &amp;steps:</source>
        <translation>Étap&amp;es max.&#xa0;:</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="67"/>
        <source>Stop after this many optimizer steps, whatever the epochs say.</source>
        <translation>S’arrêter après ce nombre d’étapes de l’optimiseur, quel que soit le nombre d’époques.</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="69"/>
        <source>from the epochs</source>
        <translation>d’après les époques</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="70"/>
        <location filename="../engine/config/OptionTable.cpp" line="138"/>
        <location filename="../engine/config/OptionTable.cpp" line="201"/>
        <source>steps</source>
        <translation>étapes</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="73"/>
        <source>&amp;Learning rate:</source>
        <translation>Ta&amp;ux d’apprentissage&#xa0;:</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="74"/>
        <source>The peak step size of AdamW; full fine-tuning of GPT-2 likes about 5e-5, LoRA about ten times more.</source>
        <translation>Le pas maximal d’AdamW&#xa0;; l’ajustement fin complet de GPT-2 préfère environ 5e-5, LoRA environ dix fois plus.</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="80"/>
        <source>&amp;Batch size:</source>
        <translation>Taille du &amp;batch&#xa0;:</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="81"/>
        <source>Examples per forward pass; more needs more memory.</source>
        <translation>Exemples par passe avant&#xa0;; davantage demande plus de mémoire.</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="85"/>
        <source>&amp;Gradient accumulation:</source>
        <translation>Accumulation des &amp;gradients&#xa0;:</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="86"/>
        <source>Forward passes whose gradients add up before one optimizer step, for a larger effective batch without more memory.</source>
        <translation>Passes avant dont les gradients s’additionnent avant une étape de l’optimiseur, pour un batch effectif plus grand sans plus de mémoire.</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="91"/>
        <source>Max &amp;length:</source>
        <translation>&amp;Longueur max.&#xa0;:</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="92"/>
        <source>Tokens kept per example; longer texts are cut (see the token-length histogram).</source>
        <translation>Tokens conservés par exemple&#xa0;; les textes plus longs sont tronqués (voir l’histogramme des longueurs en tokens).</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="94"/>
        <source>tokens</source>
        <translation>tokens</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="97"/>
        <source>&amp;Seed:</source>
        <translation>Gra&amp;ine&#xa0;:</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="107"/>
        <source>&amp;Precision:</source>
        <translation>P&amp;récision de calcul&#xa0;:</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="114"/>
        <source>Weight &amp;decay:</source>
        <translation>&amp;Décroissance des poids&#xa0;:</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="115"/>
        <source>AdamW&apos;s pull of the weights towards zero each step, a mild regulariser.</source>
        <translation>L’attraction des poids vers zéro qu’applique AdamW à chaque étape, une régularisation légère.</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="120"/>
        <source>AdamW &amp;epsilon:</source>
        <translation>&amp;Epsilon d’AdamW&#xa0;:</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="121"/>
        <source>What AdamW adds to the root of its second moment before it divides, so that steps stay finite (the Trainer&apos;s adam_epsilon).</source>
        <translation>Ce qu’AdamW ajoute à la racine de son second moment avant de diviser, pour que les pas restent finis (adam_epsilon du Trainer).</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="127"/>
        <source>&amp;Warm-up ratio:</source>
        <translation>Ratio de &amp;warm-up&#xa0;:</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="128"/>
        <source>Share of the steps over which the learning rate rises from 0 before it decays linearly.</source>
        <translation>Part des étapes pendant lesquelles le taux d’apprentissage monte depuis 0 avant de décroître linéairement.</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="134"/>
        <source>Evaluate e&amp;very:</source>
        <translation>Évaluer to&amp;utes les&#xa0;:</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="135"/>
        <source>Evaluate on the validation split every this many optimizer steps.</source>
        <translation>Intervalle, en étapes de l’optimiseur, entre deux évaluations sur la partition de validation.</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="137"/>
        <source>at the end</source>
        <translation>à la fin</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="141"/>
        <source>Training e&amp;xamples:</source>
        <translation>E&amp;xemples d’entraînement&#xa0;:</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="142"/>
        <source>Train on only the first this many training examples, for quick trials.</source>
        <translation>N’entraîner que sur ce nombre d’exemples d’entraînement, pris au début, pour des essais rapides.</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="144"/>
        <location filename="../engine/config/OptionTable.cpp" line="150"/>
        <source>all</source>
        <translation>tous</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="147"/>
        <source>Evaluation exa&amp;mples:</source>
        <translation>Exemple&amp;s d’évaluation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="148"/>
        <source>Evaluate on only the first this many examples.</source>
        <translation>N’évaluer que sur ce nombre d’exemples, pris au début.</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="153"/>
        <source>Examples per forward pass when evaluating (the GUI uses the batch size).</source>
        <translation>Exemples par passe avant lors de l’évaluation (l’interface graphique utilise la taille du batch).</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="157"/>
        <source>Gradient &amp;clipping:</source>
        <translation>É&amp;crêtage des gradients&#xa0;:</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="158"/>
        <source>Gradients are scaled down when their global norm exceeds this; 0 turns clipping off.</source>
        <translation>Les gradients sont réduits quand leur norme globale dépasse cette valeur&#xa0;; 0 désactive l’écrêtage.</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="163"/>
        <source>Example &amp;order:</source>
        <translation>&amp;Ordre des exemples&#xa0;:</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="164"/>
        <source>The order of the training examples in an epoch: groups of similar length (least padding), a seeded shuffle, or the file&apos;s order.</source>
        <translation>L’ordre des exemples d’entraînement dans une époque&#xa0;: groupes de longueur similaire (le moins de remplissage), mélange avec graine, ou ordre du fichier.</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="170"/>
        <source>Metr&amp;ic for best model:</source>
        <translation>Métr&amp;ique du meilleur modèle&#xa0;:</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="171"/>
        <source>The evaluation metric that picks the best evaluation, for early stopping and --load-best-model-at-end: lower is better for eval_loss and perplexity (causal LM), higher for the others; eval_f1_macro weighs every class equally.</source>
        <translation>La métrique d’évaluation qui désigne la meilleure évaluation, pour l’arrêt anticipé et --load-best-model-at-end&#xa0;: la plus basse l’emporte pour eval_loss et perplexity (modèle de langage causal), la plus haute pour les autres&#xa0;; eval_f1_macro pondère toutes les classes à égalité.</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="181"/>
        <source>Load best model at e&amp;nd</source>
        <translation>Charger le meilleur modèle à la &amp;fin</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="182"/>
        <source>Save a checkpoint at every evaluation, keep the best one by the metric for best model, and restore its weights before the final evaluation, save and export; needs evaluations during training.</source>
        <translation>Enregistrer un point de contrôle à chaque évaluation, garder le meilleur selon la métrique du meilleur modèle et restaurer ses poids avant l’évaluation, l’enregistrement et l’exportation finaux&#xa0;; nécessite des évaluations pendant l’entraînement.</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="188"/>
        <source>Early stopping &amp;patience:</source>
        <translation>Pa&amp;tience de l’arrêt anticipé&#xa0;:</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="189"/>
        <source>Stop when the metric for best model has not improved for this many evaluations; needs evaluations during training and a validation split.</source>
        <translation>S’arrêter quand la métrique du meilleur modèle ne s’est pas améliorée depuis ce nombre d’évaluations&#xa0;; nécessite des évaluations pendant l’entraînement et une partition de validation.</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="192"/>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="193"/>
        <source>evaluations</source>
        <translation>évaluations</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="196"/>
        <source>Check&amp;point every:</source>
        <translation>&amp;Point de contrôle toutes les&#xa0;:</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="197"/>
        <source>Save a resumable checkpoint every this many optimizer steps (always on cancel and at the end).</source>
        <translation>Intervalle, en étapes de l’optimiseur, entre deux points de contrôle permettant la reprise (toujours à l’annulation et à la fin).</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="200"/>
        <source>on cancel only</source>
        <translation>à l’annulation seulement</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="204"/>
        <source>Class-&amp;weighted loss</source>
        <translation>Perte pondérée par c&amp;lasse</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="205"/>
        <source>Weight each class&apos;s loss by the inverse of its frequency, so rare labels count as much as common ones.</source>
        <translation>Pondérer la perte de chaque classe par l’inverse de sa fréquence, pour que les étiquettes rares comptent autant que les fréquentes.</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="209"/>
        <source>CPU &amp;threads:</source>
        <translation>T&amp;hreads CPU&#xa0;:</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="98"/>
        <source>Seeds the splits, initialisation, dropout and data order, so a run can be repeated exactly.</source>
        <translation>Initialise les partitions, l’initialisation, le dropout et l’ordre des données, pour qu’une exécution se répète à l’identique.</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="102"/>
        <source>Where the model runs: auto (a GPU when there is one), cpu, cuda or cuda:N; a CUDA device that is not there is refused.</source>
        <translation>Où tourne le modèle&#xa0;: auto (un GPU s’il y en a un), cpu, cuda ou cuda:N&#xa0;; un périphérique CUDA absent est refusé.</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="108"/>
        <source>The number format of the forward and backward pass: auto is bf16 on a GPU that supports it, else fp32; fp16 runs on CUDA only, with loss scaling. Weights stay float32.</source>
        <translation>Le format numérique des passes avant et arrière&#xa0;: auto vaut bf16 sur un GPU qui le prend en charge, sinon fp32&#xa0;; fp16 ne tourne que sur CUDA, avec mise à l’échelle de la perte. Les poids restent en float32.</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="210"/>
        <source>CPU threads for LibTorch and OpenBLAS.</source>
        <translation>Threads CPU pour LibTorch et OpenBLAS.</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="212"/>
        <source>automatic</source>
        <translation>automatique</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="215"/>
        <source>The column that holds the text (default: tweet, text or sentence).</source>
        <translation>La colonne qui contient le texte (par défaut&#xa0;: tweet, text ou sentence).</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="218"/>
        <source>The column that holds the label (default: emoji, label or labels).</source>
        <translation>La colonne qui contient l’étiquette (par défaut&#xa0;: emoji, label ou labels).</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="221"/>
        <source>The share of a single file held out, stratified, for validation.</source>
        <translation>La part d’un fichier unique mise de côté, de façon stratifiée, pour la validation.</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="225"/>
        <source>The share of a single file held out, stratified, for the test split.</source>
        <translation>La part d’un fichier unique mise de côté, de façon stratifiée, pour la partition de test.</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="229"/>
        <source>Skip and count rows that do not parse instead of stopping at the first.</source>
        <translation>Ignorer et compter les lignes illisibles au lieu de s’arrêter à la première.</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="232"/>
        <source>Drop invisible characters (U+FE0F, ...) and collapse white space.</source>
        <translation>Supprimer les caractères invisibles (U+FE0F, ...) et réduire les espaces.</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="235"/>
        <source>eval: the split to evaluate (default: test if present, else validation).</source>
        <translation>eval&#xa0;: la partition à évaluer (par défaut&#xa0;: test si elle existe, sinon validation).</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="238"/>
        <source>&amp;Rank r:</source>
        <translation>Ra&amp;ng r&#xa0;:</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="239"/>
        <source>Rank r of the low-rank update B·A; higher adapts more and trains more parameters.</source>
        <translation>Rang r de la mise à jour de rang faible B·A&#xa0;; plus élevé, il adapte davantage et entraîne plus de paramètres.</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="243"/>
        <source>&amp;Alpha:</source>
        <translation>A&amp;lpha&#xa0;:</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="244"/>
        <source>Scale of the LoRA update: it is multiplied by alpha / r.</source>
        <translation>Échelle de la mise à jour LoRA&#xa0;: elle est multipliée par alpha / r.</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="249"/>
        <source>Dr&amp;opout:</source>
        <translation>Dr&amp;opout&#xa0;:</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="250"/>
        <source>Dropout on the LoRA branch&apos;s input during training.</source>
        <translation>Dropout sur l’entrée de la branche LoRA pendant l’entraînement.</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="255"/>
        <source>&amp;Target modules:</source>
        <translation>Modules &amp;cibles&#xa0;:</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="256"/>
        <source>GPT-2 modules that get adapters, comma-separated: c_attn (attention input), c_proj, c_fc (MLP).</source>
        <translation>Modules GPT-2 qui reçoivent des adaptateurs, séparés par des virgules&#xa0;: c_attn (entrée de l’attention), c_proj, c_fc (MLP).</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="261"/>
        <source>Rank-stabilised &amp;scaling</source>
        <translation>Mise à l’échelle &amp;stabilisée par le rang</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="262"/>
        <source>Scale the LoRA update by alpha / sqrt(r) instead of alpha / r (PEFT&apos;s use_rslora).</source>
        <translation>Mettre à l’échelle la mise à jour LoRA par alpha / sqrt(r) au lieu de alpha / r (use_rslora de PEFT).</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="265"/>
        <source>LoRA learning r&amp;ate:</source>
        <translation>Taux d’apprentissage Lo&amp;RA&#xa0;:</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="266"/>
        <source>A comparison&apos;s learning rate for its LoRA run.</source>
        <translation>Le taux d’apprentissage d’une comparaison pour son exécution LoRA.</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="268"/>
        <source>the learning rate</source>
        <translation>le taux d’apprentissage</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="272"/>
        <source>The run folder (default: a new folder under the runs location).</source>
        <translation>Le dossier de l’exécution (par défaut&#xa0;: un nouveau dossier dans l’emplacement des exécutions).</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="277"/>
        <source>train: continue this run folder from its latest checkpoint; the data must be unchanged.</source>
        <translation>train&#xa0;: reprendre ce dossier d’exécution à partir de son dernier point de contrôle&#xa0;; les données doivent être inchangées.</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="283"/>
        <source>--resume: go on although the dataset changed.</source>
        <translation>--resume&#xa0;: continuer bien que le jeu de données ait changé.</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="287"/>
        <source>train: start this many data-parallel workers on this machine, one per GPU (or sharing the CPU), each with --batch-size rows of every step; as torchrun&apos;s option.</source>
        <translation>train&#xa0;: lancer autant de processus parallèles en données sur cette machine, un par GPU (ou partageant le CPU), chacun avec --batch-size lignes de chaque étape&#xa0;; comme l’option de torchrun.</translation>
    </message>
    <message>
        <location filename="../engine/config/OptionTable.cpp" line="294"/>
        <source>The run&apos;s name in tables (default: from the method).</source>
        <translation>Le nom de l’exécution dans les tableaux (par défaut&#xa0;: d’après la méthode).</translation>
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
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainPage.cpp" line="69"/>
        <source>&lt;b&gt;No run yet&lt;/b&gt; — start one in the Configure place (Ctrl+R trains, Ctrl+Shift+R compares).</source>
        <translation>&lt;b&gt;Aucune exécution&lt;/b&gt; — lancez-en une depuis l’espace Configuration (Ctrl+R entraîne, Ctrl+Maj+R compare).</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainPage.cpp" line="79"/>
        <source>Pause after the current step; resume where it stopped (Ctrl+P).</source>
        <translation>Mettre en pause après l’étape en cours&#xa0;; reprendre là où elle s’est arrêtée (Ctrl+P).</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainPage.cpp" line="81"/>
        <source>Stop after the current step; a checkpoint is written so the run can resume.</source>
        <translation>Arrêter après l’étape en cours&#xa0;; un point de contrôle est écrit pour que l’exécution puisse reprendre.</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainPage.cpp" line="82"/>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainPage.cpp" line="84"/>
        <source>Fit the curves into view again (or double-click the plot).</source>
        <translation>Réajuster les courbes à la vue (ou double-cliquer sur le graphique).</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainPage.cpp" line="86"/>
        <source>Earlier runs</source>
        <translation>Exécutions précédentes</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainPage.cpp" line="87"/>
        <source>Overlay the curves of earlier runs, read from their history.csv.</source>
        <translation>Superposer les courbes des exécutions précédentes, lues dans leur history.csv.</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainPage.cpp" line="173"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainPage.cpp" line="174"/>
        <source>%1 (causal language model)</source>
        <translation>%1 (modèle de langage causal)</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainPage.cpp" line="178"/>
        <source>Started %1 in %2</source>
        <translation>%1 démarrée dans %2</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainPage.cpp" line="191"/>
        <source>Training</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainPage.cpp" line="192"/>
        <source>Evaluating</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainPage.cpp" line="198"/>
        <source>%1 · %2 samples/s · elapsed %3</source>
        <translation>%1 · %2 exemples/s · écoulé %3</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainPage.cpp" line="204"/>
        <source>Epoch %1 · loss %2 · lr %3 · %4 samples/s · %5 tokens/s · memory %6 · elapsed %7 · ETA %8</source>
        <translation>Époque %1 · perte %2 · lr %3 · %4 exemples/s · %5 tokens/s · mémoire %6 · écoulé %7 · reste %8</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainPage.cpp" line="220"/>
        <source>Evaluation at step %1 on %2: loss %3, perplexity %4</source>
        <translation>Évaluation à l’étape %1 sur %2&#xa0;: perte %3, perplexité %4</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainPage.cpp" line="227"/>
        <source>Evaluation at step %1 on %2: loss %3, accuracy %4%, weighted F1 %5%, macro F1 %6%</source>
        <translation>Évaluation à l’étape %1 sur %2&#xa0;: perte %3, exactitude %4&#xa0;%, F1 pondéré %5&#xa0;%, F1 macro %6&#xa0;%</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainPage.cpp" line="241"/>
        <source>Evaluation cancelled; the run in %1 is marked cancelled.</source>
        <translation>Évaluation annulée&#xa0;; l’exécution dans %1 est marquée comme annulée.</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainPage.cpp" line="244"/>
        <source>Cancelled before the first step; the run in %1 is marked cancelled.</source>
        <translation>Annulée avant la première étape&#xa0;; l’exécution dans %1 est marquée comme annulée.</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainPage.cpp" line="247"/>
        <source>Cancelled at step %1; the checkpoint in %2 resumes it.</source>
        <translation>Annulée à l’étape %1&#xa0;; le point de contrôle dans %2 permet de la reprendre.</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainPage.cpp" line="251"/>
        <source>Finished %1: perplexity %2, training loss %3, %4 samples/s</source>
        <translation>%1 terminé&#xa0;: perplexité %2, perte d’entraînement %3, %4 exemples/s</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainPage.cpp" line="256"/>
        <source>Finished %1: accuracy %2%, training loss %3, %4 samples/s</source>
        <translation>%1 terminée&#xa0;: exactitude %2&#xa0;%, perte d’entraînement %3, %4 exemples/s</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainPage.cpp" line="264"/>
        <source>Error: %1</source>
        <translation>Erreur&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainPage.cpp" line="282"/>
        <source>&lt;b&gt;No run started&lt;/b&gt; — the log below says why.</source>
        <translation>&lt;b&gt;Aucune exécution lancée&lt;/b&gt; — le journal ci-dessous en indique la raison.</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainPage.cpp" line="337"/>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainPage.cpp" line="339"/>
        <source>Paused.</source>
        <translation>En pause.</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainPage.cpp" line="339"/>
        <source>Resumed.</source>
        <translation>Reprise.</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainPage.cpp" line="349"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainPage.cpp" line="356"/>
        <source>No finished runs yet</source>
        <translation>Aucune exécution terminée</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainPage.cpp" line="369"/>
        <source>%1 has no curves to show.</source>
        <translation>%1 n’a aucune courbe à afficher.</translation>
    </message>
</context>
<context>
    <name>TrainingPlot</name>
    <message>
        <location filename="../ui/training/TrainingPlot.cpp" line="51"/>
        <location filename="../ui/training/TrainingPlot.cpp" line="70"/>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPlot.cpp" line="52"/>
        <source>Loss</source>
        <translation>Perte</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPlot.cpp" line="54"/>
        <location filename="../ui/training/TrainingPlot.cpp" line="59"/>
        <location filename="../ui/training/TrainingPlot.cpp" line="182"/>
        <source>Accuracy</source>
        <translation>Exactitude</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPlot.cpp" line="56"/>
        <source>Training loss</source>
        <translation>Perte d’entraînement</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPlot.cpp" line="57"/>
        <source>Validation loss</source>
        <translation>Perte de validation</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPlot.cpp" line="71"/>
        <location filename="../ui/training/TrainingPlot.cpp" line="74"/>
        <source>Learning rate</source>
        <translation>Taux d’appr.</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPlot.cpp" line="151"/>
        <source>best %1 at step %2</source>
        <translation>meilleur %1 à l’étape %2</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPlot.cpp" line="182"/>
        <source>Perplexity</source>
        <translation>Perplexité</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPlot.cpp" line="193"/>
        <source>%1 · training loss</source>
        <translation>%1 · perte d’entraînement</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPlot.cpp" line="196"/>
        <source>%1 · validation loss</source>
        <translation>%1 · perte de validation</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingPlot.cpp" line="200"/>
        <source>%1 · accuracy</source>
        <translation>%1 · exactitude</translation>
    </message>
</context>
<context>
    <name>WorkerProcesses</name>
    <message>
        <location filename="../ui/bridge/WorkerProcesses.cpp" line="60"/>
        <source>LITETUNE_CLI names %1, which is not an executable file; the other workers of the data-parallel run are started with litetune-cli.</source>
        <translation>LITETUNE_CLI désigne %1, qui n’est pas un fichier exécutable&#xa0;; les autres processus de l’exécution parallèle en données sont lancés avec litetune-cli.</translation>
    </message>
    <message>
        <location filename="../ui/bridge/WorkerProcesses.cpp" line="73"/>
        <source>A data-parallel run starts its other workers with litetune-cli, which is neither in %1 nor on PATH (set LITETUNE_CLI to name it).</source>
        <translation>Une exécution parallèle en données lance ses autres processus avec litetune-cli, qui n’est ni dans %1 ni dans le PATH (indiquez-le avec LITETUNE_CLI).</translation>
    </message>
    <message>
        <location filename="../ui/bridge/WorkerProcesses.cpp" line="91"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../ui/bridge/WorkerProcesses.cpp" line="202"/>
        <source>signal %1 (%2)</source>
        <translation>signal %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/bridge/WorkerProcesses.cpp" line="207"/>
        <source>exit status %1</source>
        <translation>code de sortie %1</translation>
    </message>
    <message>
        <location filename="../ui/bridge/WorkerProcesses.cpp" line="211"/>
        <source>was killed by %1</source>
        <translation>a été tué par %1</translation>
    </message>
    <message>
        <location filename="../ui/bridge/WorkerProcesses.cpp" line="211"/>
        <source>ended with %1</source>
        <translation>s’est terminé avec %1</translation>
    </message>
    <message>
        <location filename="../ui/bridge/WorkerProcesses.cpp" line="220"/>
        <source>could not start %1 (%2)</source>
        <translation>n’a pas pu lancer %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/bridge/WorkerProcesses.cpp" line="250"/>
        <source>Worker %1 of %2 (pid %3) %4.</source>
        <translation>Le processus %1 sur %2 (pid %3) %4.</translation>
    </message>
</context>
<context>
    <name>WorkerStatusPanel</name>
    <message>
        <location filename="../ui/training/WorkerStatusPanel.cpp" line="20"/>
        <source>Worker</source>
        <translation>Processus</translation>
    </message>
    <message>
        <location filename="../ui/training/WorkerStatusPanel.cpp" line="20"/>
        <source>Runs on</source>
        <translation>S’exécute sur</translation>
    </message>
    <message>
        <location filename="../ui/training/WorkerStatusPanel.cpp" line="20"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/training/WorkerStatusPanel.cpp" line="53"/>
        <source>%1 · this window</source>
        <translation>%1 · cette fenêtre</translation>
    </message>
    <message>
        <location filename="../ui/training/WorkerStatusPanel.cpp" line="54"/>
        <source>%1 · pid %2</source>
        <translation>%1 · pid %2</translation>
    </message>
    <message>
        <location filename="../ui/training/WorkerStatusPanel.cpp" line="59"/>
        <source>starting</source>
        <translation>démarrage</translation>
    </message>
    <message>
        <location filename="../ui/training/WorkerStatusPanel.cpp" line="62"/>
        <source>training</source>
        <translation>entraînement</translation>
    </message>
    <message>
        <location filename="../ui/training/WorkerStatusPanel.cpp" line="65"/>
        <source>finished</source>
        <translation>terminé</translation>
    </message>
    <message>
        <location filename="../ui/training/WorkerStatusPanel.cpp" line="68"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location filename="../ui/training/WorkerStatusPanel.cpp" line="68"/>
        <source>cancelled (%1)</source>
        <translation>annulé (%1)</translation>
    </message>
    <message>
        <location filename="../ui/training/WorkerStatusPanel.cpp" line="72"/>
        <source>failed</source>
        <translation>échoué</translation>
    </message>
    <message>
        <location filename="../ui/training/WorkerStatusPanel.cpp" line="72"/>
        <source>failed: %1</source>
        <translation>échoué&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/training/WorkerStatusPanel.cpp" line="92"/>
        <source>%1 workers · %2 samples/s together · %3 s waiting for gradient sums (%4 % of the time)</source>
        <translation>%1 processus · %2 exemples/s ensemble · %3 s d’attente des sommes de gradients (%4&#xa0;% du temps)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/GuiOptions.cpp" line="7"/>
        <source>Fine-tune GPT-2 text classifiers, fully and with LoRA, and compare the runs.</source>
        <translation>Ajuster finement des classifieurs de texte GPT-2, entièrement ou avec LoRA, et comparer les exécutions.</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiOptions.cpp" line="13"/>
        <source>Open the built-in demo dataset and demo model.</source>
        <translation>Ouvrir le jeu de données et le modèle de démo intégrés.</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiOptions.cpp" line="25"/>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiOptions.cpp" line="19"/>
        <source>Start training as soon as the dataset is open (with --demo: the quick demo).</source>
        <translation>Lancer l’entraînement dès que le jeu de données est ouvert (avec --demo&#xa0;: la démo rapide).</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiOptions.cpp" line="15"/>
        <source>Colours: system, light or dark (default: the setting ui/colorScheme).</source>
        <translation>Couleurs&#xa0;: system, light ou dark (par défaut&#xa0;: le réglage ui/colorScheme).</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiOptions.cpp" line="17"/>
        <source>scheme</source>
        <translation>thème</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiOptions.cpp" line="22"/>
        <source>Start on a place: dataset, configure, train, results (results/difference: its Difference tab) or playground.</source>
        <translation>Démarrer sur un espace&#xa0;: dataset, configure, train, results (results/difference&#xa0;: son onglet Différence) ou playground.</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiOptions.cpp" line="31"/>
        <source>A dataset to open.</source>
        <translation>Un jeu de données à ouvrir.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="43"/>
        <source>Unknown colour scheme &quot;%1&quot; (system, light or dark).</source>
        <translation>Thème de couleurs inconnu «&#xa0;%1&#xa0;» (system, light ou dark).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="52"/>
        <source>Unknown place &quot;%1&quot; (dataset, configure, train, results or playground).</source>
        <translation>Espace inconnu «&#xa0;%1&#xa0;» (dataset, configure, train, results ou playground).</translation>
    </message>
    <message>
        <location filename="../app/gui/Startup.cpp" line="63"/>
        <source>LiteTune&apos;s window needs a display, and there is none (DISPLAY and WAYLAND_DISPLAY are not set).</source>
        <translation>La fenêtre de LiteTune a besoin d’un affichage, et il n’y en a aucun (DISPLAY et WAYLAND_DISPLAY ne sont pas définis).</translation>
    </message>
    <message>
        <location filename="../app/gui/Startup.cpp" line="66"/>
        <source>Without one, run QT_QPA_PLATFORM=offscreen litetune ..., or use litetune-cli.</source>
        <translation>Sans affichage, lancez QT_QPA_PLATFORM=offscreen litetune ..., ou utilisez litetune-cli.</translation>
    </message>
</context>
</TS>
