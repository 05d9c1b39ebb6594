<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ExportMenu</name>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>&amp;TIFF Stack…</source>
        <translation>&amp;TIFF-Stapel…</translation>
    </message>
    <message>
        <source>&amp;Screenshot of the View (PNG)…</source>
        <translation>&amp;Bildschirmfoto der Ansicht (PNG)…</translation>
    </message>
    <message>
        <source>Screenshot of the &amp;Layout (PNG)…</source>
        <translation>Bildschirmfoto des &amp;Layouts (PNG)…</translation>
    </message>
    <message>
        <source>&amp;Movie of the Sequence…</source>
        <translation>&amp;Video der Sequenz…</translation>
    </message>
    <message>
        <source>Movie of the &amp;Comparison Layout…</source>
        <translation>Video des Ver&amp;gleichslayouts…</translation>
    </message>
    <message>
        <source>Metric &amp;Report (PDF)…</source>
        <translation>&amp;Metrikbericht (PDF)…</translation>
    </message>
    <message>
        <source>Nothing to export: open an image stack or a comparison first.</source>
        <translation>Nichts zu exportieren: Öffnen Sie zuerst einen Bildstapel oder einen Vergleich.</translation>
    </message>
    <message>
        <source>The comparison layout is not shown.</source>
        <translation>Das Vergleichslayout wird nicht angezeigt.</translation>
    </message>
    <message>
        <source>Export: %1</source>
        <translation>Export: %1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <source>Export cancelled: %1</source>
        <translation>Export abgebrochen: %1</translation>
    </message>
    <message>
        <source>Export TIFF Stack</source>
        <translation>TIFF-Stapel exportieren</translation>
    </message>
    <message>
        <source>Data type:</source>
        <translation>Datentyp:</translation>
    </message>
    <message>
        <source>Range low (integer types):</source>
        <translation>Untere Grenze (Ganzzahltypen):</translation>
    </message>
    <message>
        <source>Range high (integer types):</source>
        <translation>Obere Grenze (Ganzzahltypen):</translation>
    </message>
    <message>
        <source>First frame:</source>
        <translation>Erstes Bild:</translation>
    </message>
    <message>
        <source>Last frame:</source>
        <translation>Letztes Bild:</translation>
    </message>
    <message>
        <source>Only the rectangle drawn in the view</source>
        <translation>Nur das in der Ansicht gezeichnete Rechteck</translation>
    </message>
    <message>
        <source>TIFF (*.tif *.tiff)</source>
        <translation>TIFF (*.tif *.tiff)</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>%1 wird exportiert…</translation>
    </message>
    <message>
        <source>Save Screenshot</source>
        <translation>Bildschirmfoto speichern</translation>
    </message>
    <message>
        <source>PNG (*.png)</source>
        <translation>PNG (*.png)</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>%1 wird gespeichert…</translation>
    </message>
    <message>
        <source>Export Movie</source>
        <translation>Video exportieren</translation>
    </message>
    <message>
        <source>Frames per second:</source>
        <translation>Bilder pro Sekunde:</translation>
    </message>
    <message>
        <source>Movies (*.mp4 *.avi)</source>
        <translation>Videos (*.mp4 *.avi)</translation>
    </message>
    <message>
        <source>Metric Report</source>
        <translation>Metrikbericht</translation>
    </message>
    <message>
        <source>Reports (*.json)</source>
        <translation>Berichte (*.json)</translation>
    </message>
    <message>
        <source>Save Metric Report</source>
        <translation>Metrikbericht speichern</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <source>X-ray Studio: viewing, fusion, denoising and CT reconstruction.</source>
        <translation>X-ray Studio: Betrachten, Fusion, Entrauschen und CT-Rekonstruktion.</translation>
    </message>
    <message>
        <source>TIFF or HDF5 files (or TIFF folders) to open.</source>
        <translation>Zu öffnende TIFF- oder HDF5-Dateien (oder TIFF-Ordner).</translation>
    </message>
    <message>
        <source>Run `xrs demo DIR` and show its videos.</source>
        <translation>`xrs demo DIR` ausführen und die Videos anzeigen.</translation>
    </message>
    <message>
        <source>Show an existing `xrs demo` output folder in the comparison layout.</source>
        <translation>Einen vorhandenen Ausgabeordner von `xrs demo` im Vergleichslayout anzeigen.</translation>
    </message>
    <message>
        <source>When everything is shown, save the window as a PNG and quit.</source>
        <translation>Wenn alles angezeigt ist, das Fenster als PNG speichern und beenden.</translation>
    </message>
    <message>
        <source>Quit after N milliseconds.</source>
        <translation>Nach N Millisekunden beenden.</translation>
    </message>
    <message>
        <source>User-interface language (%1).</source>
        <translation>Sprache der Benutzeroberfläche (%1).</translation>
    </message>
    <message>
        <source>--quit-after-ms needs a number of milliseconds</source>
        <translation>--quit-after-ms erwartet eine Anzahl Millisekunden</translation>
    </message>
    <message>
        <source>Open a saved session (File → Save Session).</source>
        <translation>Eine gespeicherte Sitzung öffnen (Datei → Sitzung speichern).</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Unknown Host Key</source>
        <translation>Unbekannter Host-Schlüssel</translation>
    </message>
    <message>
        <source>The host %1 (port %2) is not known yet.
Its %3 key fingerprint is
%4

Accept it only if it matches the fingerprint the host&apos;s administrators published.</source>
        <translation>Der Host %1 (Port %2) ist noch nicht bekannt.
Sein %3-Schlüsselfingerabdruck lautet
%4

Akzeptieren Sie ihn nur, wenn er mit dem Fingerabdruck übereinstimmt, den die Administratoren des Hosts veröffentlicht haben.</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Accept Once</source>
        <translation>Einmal akzeptieren</translation>
    </message>
    <message>
        <source>Accept and Save</source>
        <translation>Akzeptieren und speichern</translation>
    </message>
    <message>
        <source>Host Key Refused</source>
        <translation>Host-Schlüssel abgelehnt</translation>
    </message>
    <message>
        <source>%1

%2 key fingerprint: %3</source>
        <translation>%1

%2-Schlüsselfingerabdruck: %3</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Passwort für %1:</translation>
    </message>
    <message>
        <source>Key Passphrase</source>
        <translation>Schlüssel-Passphrase</translation>
    </message>
    <message>
        <source>Passphrase for %1:</source>
        <translation>Passphrase für %1:</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Anmeldung</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>Metric report</source>
        <translation>Metrikbericht</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>Erstellt am %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <source>Per-frame values</source>
        <translation>Werte pro Bild</translation>
    </message>
    <message>
        <source>Best and worst frames</source>
        <translation>Beste und schlechteste Bilder</translation>
    </message>
    <message>
        <source>Best: frame %1 (%2)</source>
        <translation>Bestes: Bild %1 (%2)</translation>
    </message>
    <message>
        <source>Worst: frame %1 (%2)</source>
        <translation>Schlechtestes: Bild %1 (%2)</translation>
    </message>
    <message>
        <source>Parameters and provenance</source>
        <translation>Parameter und Herkunft</translation>
    </message>
    <message>
        <source>Report file</source>
        <translation>Berichtsdatei</translation>
    </message>
    <message>
        <source>ground truth</source>
        <translation>Referenz</translation>
    </message>
</context>
<context>
    <name>xrs::app::AboutDialog</name>
    <message>
        <source>X-ray Studio %1</source>
        <translation>X-ray Studio %1</translation>
    </message>
    <message>
        <source> (commit %1)</source>
        <translation> (Commit %1)</translation>
    </message>
    <message>
        <source>Build: %1, %2</source>
        <translation>Build: %1, %2</translation>
    </message>
    <message>
        <source>unknown type</source>
        <translation>unbekannter Typ</translation>
    </message>
    <message>
        <source>Qt %1 (built with %2)</source>
        <translation>Qt %1 (erstellt mit %2)</translation>
    </message>
    <message>
        <source>VTK %1</source>
        <translation>VTK %1</translation>
    </message>
    <message>
        <source>HDF5 %1.%2.%3</source>
        <translation>HDF5 %1.%2.%3</translation>
    </message>
    <message>
        <source>OpenCV %1</source>
        <translation>OpenCV %1</translation>
    </message>
    <message>
        <source>libssh %1</source>
        <translation>libssh %1</translation>
    </message>
    <message>
        <source>Compute devices: asking the engine…</source>
        <translation>Rechengeräte: Engine wird gefragt…</translation>
    </message>
    <message>
        <source>System: %1, %2</source>
        <translation>System: %1, %2</translation>
    </message>
    <message>
        <source>About X-ray Studio</source>
        <translation>Über X-ray Studio</translation>
    </message>
    <message>
        <source>&lt;b&gt;X-ray Studio&lt;/b&gt;&lt;br&gt;Viewing, fusion, denoising and CT reconstruction for synchrotron x-ray imaging.</source>
        <translation>&lt;b&gt;X-ray Studio&lt;/b&gt;&lt;br&gt;Anzeige, Fusion, Entrauschen und CT-Rekonstruktion für die Synchrotron-Röntgenbildgebung.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
</context>
<context>
    <name>xrs::app::BrowserDock</name>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>&amp;Watch Folder…</source>
        <translation>Ordner &amp;überwachen…</translation>
    </message>
    <message>
        <source>List the files of a folder as a detector finishes writing them</source>
        <translation>Dateien eines Ordners auflisten, sobald ein Detektor sie fertig geschrieben hat</translation>
    </message>
    <message>
        <source>Follow Newest</source>
        <translation>Neueste verfolgen</translation>
    </message>
    <message>
        <source>Show each new complete file of a watched folder in the “Live” pane</source>
        <translation>Jede neue vollständige Datei eines überwachten Ordners im Bereich „Live“ zeigen</translation>
    </message>
    <message>
        <source>Data browser: %1</source>
        <translation>Datenbrowser: %1</translation>
    </message>
    <message>
        <source>Choose a dataset of %1 in the Data browser</source>
        <translation>Wählen Sie im Datenbrowser einen Datensatz von %1</translation>
    </message>
    <message>
        <source>%1 is already open</source>
        <translation>%1 ist bereits geöffnet</translation>
    </message>
    <message>
        <source>Watch Folder</source>
        <translation>Ordner überwachen</translation>
    </message>
    <message>
        <source>Watching %1</source>
        <translation>Überwache %1</translation>
    </message>
    <message>
        <source>New file %1</source>
        <translation>Neue Datei %1</translation>
    </message>
    <message>
        <source>Live: %1</source>
        <translation>Live: %1</translation>
    </message>
</context>
<context>
    <name>xrs::app::ClusterJobsModel</name>
    <message>
        <source>%1 (fetched)</source>
        <translation>%1 (abgerufen)</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Scheduler ID</source>
        <translation>Scheduler-ID</translation>
    </message>
</context>
<context>
    <name>xrs::app::ClusterJobsPanel</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Fetch</source>
        <translation>Abrufen</translation>
    </message>
    <message>
        <source>Log Tail</source>
        <translation>Protokollende</translation>
    </message>
    <message>
        <source>Open Results</source>
        <translation>Ergebnisse öffnen</translation>
    </message>
    <message>
        <source>Cancelling %1…</source>
        <translation>%1 wird abgebrochen…</translation>
    </message>
    <message>
        <source>Cancelled %1</source>
        <translation>%1 abgebrochen</translation>
    </message>
    <message>
        <source>Polling the schedulers…</source>
        <translation>Scheduler werden abgefragt…</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) still watched</source>
        <translation>
            <numerusform>%n Job wird noch überwacht</numerusform>
            <numerusform>%n Jobs werden noch überwacht</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the log of %1…</source>
        <translation>Protokoll von %1 wird gelesen…</translation>
    </message>
    <message>
        <source>Log of %1 read</source>
        <translation>Protokoll von %1 gelesen</translation>
    </message>
    <message>
        <source>Open results when fetched</source>
        <translation>Ergebnisse nach dem Abholen öffnen</translation>
    </message>
    <message>
        <source>Show each completed job&apos;s outputs next to its inputs once they are here</source>
        <translation>Zeigt die Ausgaben jedes abgeschlossenen Jobs neben seinen Eingaben, sobald sie hier sind</translation>
    </message>
    <message>
        <source>Opening the results of %1</source>
        <translation>Ergebnisse von %1 werden geöffnet</translation>
    </message>
    <message>
        <source>No cluster jobs yet: submit one with Cluster → Submit…</source>
        <translation>Noch keine Cluster-Jobs: mit Cluster → Einreichen… einen Job einreichen</translation>
    </message>
</context>
<context>
    <name>xrs::app::ComputeDevices</name>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>CPU (%1)</source>
        <translation>CPU (%1)</translation>
    </message>
    <message>
        <source>%1: %2, %3 GiB free of %4</source>
        <translation>%1: %2, %3 GiB von %4 GiB frei</translation>
    </message>
    <message>
        <source>Compute devices unknown: %1</source>
        <translation>Rechengeräte unbekannt: %1</translation>
    </message>
    <message>
        <source>the xrs engine did not answer</source>
        <translation>die xrs-Engine hat nicht geantwortet</translation>
    </message>
    <message numerus="yes">
        <source>CPU: %1, %n threads</source>
        <translation>
            <numerusform>CPU: %1, %n Thread</numerusform>
            <numerusform>CPU: %1, %n Threads</numerusform>
        </translation>
    </message>
    <message>
        <source>CUDA: engine built without CUDA</source>
        <translation>CUDA: Engine ohne CUDA gebaut</translation>
    </message>
    <message>
        <source>CUDA: runtime %1, driver %2: %3</source>
        <translation>CUDA: Laufzeit %1, Treiber %2: %3</translation>
    </message>
    <message>
        <source>%1 (compute %2, %3 SMs)</source>
        <translation>%1 (Compute %2, %3 SMs)</translation>
    </message>
    <message>
        <source>LibTorch %1 (CUDA %2)</source>
        <translation>LibTorch %1 (CUDA %2)</translation>
    </message>
    <message>
        <source>available</source>
        <translation>verfügbar</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <source>LibTorch: engine built without it</source>
        <translation>LibTorch: Engine ohne LibTorch gebaut</translation>
    </message>
</context>
<context>
    <name>xrs::app::DenoiseForm</name>
    <message>
        <source>Denoise (Noise2Inverse)</source>
        <translation>Entrauschen (Noise2Inverse)</translation>
    </message>
    <message>
        <source>Raw scan: DXchange HDF5, or TIFF projections with flats and darks</source>
        <translation>Rohscan: DXchange-HDF5 oder TIFF-Projektionen mit Hell- und Dunkelbildern</translation>
    </message>
    <message>
        <source>Denoised volume</source>
        <translation>Entrauschtes Volumen</translation>
    </message>
    <message>
        <source>Output volume (.tif or .h5)</source>
        <translation>Ausgabevolumen (.tif oder .h5)</translation>
    </message>
    <message>
        <source>Volumes (*.tif *.h5)</source>
        <translation>Volumen (*.tif *.h5)</translation>
    </message>
    <message>
        <source>Checkpoint folder</source>
        <translation>Checkpoint-Ordner</translation>
    </message>
    <message>
        <source>Split reconstructions and network checkpoints; a run there is resumed. Empty: the output name + .n2i</source>
        <translation>Teilrekonstruktionen und Netz-Checkpoints; ein Lauf dort wird fortgesetzt. Leer: der Ausgabename + .n2i</translation>
    </message>
    <message>
        <source>Detector rows</source>
        <translation>Detektorzeilen</translation>
    </message>
    <message>
        <source>Rows a:b to reconstruct; empty: all rows</source>
        <translation>Zu rekonstruierende Zeilen a:b; leer: alle Zeilen</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>Find the rotation centre automatically</source>
        <translation>Rotationszentrum automatisch bestimmen</translation>
    </message>
    <message>
        <source>Off: use the centre below for the split reconstructions</source>
        <translation>Aus: das Zentrum unten für die Teilrekonstruktionen verwenden</translation>
    </message>
    <message>
        <source>Rotation centre</source>
        <translation>Rotationszentrum</translation>
    </message>
    <message>
        <source>Rotation axis in detector pixels</source>
        <translation>Rotationsachse in Detektorpixeln</translation>
    </message>
    <message>
        <source>Projection splits</source>
        <translation>Projektionsaufteilungen</translation>
    </message>
    <message>
        <source>Interleaved subsets of the projections reconstructed separately (K)</source>
        <translation>Verschränkte Teilmengen der Projektionen, getrennt rekonstruiert (K)</translation>
    </message>
    <message>
        <source>Context slices</source>
        <translation>Kontextschichten</translation>
    </message>
    <message>
        <source>±n neighbouring slices the network sees (2.5D)</source>
        <translation>±n benachbarte Schichten, die das Netz sieht (2.5D)</translation>
    </message>
    <message>
        <source>Network levels</source>
        <translation>Netzebenen</translation>
    </message>
    <message>
        <source>U-Net levels (depth); a trained checkpoint fixes it</source>
        <translation>U-Net-Ebenen (Tiefe); ein trainierter Checkpoint legt sie fest</translation>
    </message>
    <message>
        <source>Network width</source>
        <translation>Netzbreite</translation>
    </message>
    <message>
        <source>U-Net channels at full resolution; a trained checkpoint fixes it</source>
        <translation>U-Net-Kanäle bei voller Auflösung; ein trainierter Checkpoint legt sie fest</translation>
    </message>
    <message>
        <source>Training epochs</source>
        <translation>Trainingsepochen</translation>
    </message>
    <message>
        <source>0: use the checkpoint as it is (no training)</source>
        <translation>0: Checkpoint unverändert verwenden (kein Training)</translation>
    </message>
    <message>
        <source>Samples per epoch</source>
        <translation>Stichproben pro Epoche</translation>
    </message>
    <message>
        <source>Training samples per epoch</source>
        <translation>Trainingsstichproben pro Epoche</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>Patches per training step</source>
        <translation>Patches pro Trainingsschritt</translation>
    </message>
    <message>
        <source>Patch size</source>
        <translation>Patchgröße</translation>
    </message>
    <message>
        <source>Training patch side in pixels</source>
        <translation>Seitenlänge der Trainings-Patches in Pixeln</translation>
    </message>
    <message>
        <source>Inference tile</source>
        <translation>Inferenz-Kachel</translation>
    </message>
    <message>
        <source>Tile side for denoising large slices</source>
        <translation>Kachelgröße zum Entrauschen großer Schichten</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Startwert</translation>
    </message>
    <message>
        <source>Random seed (weights and patch sampling)</source>
        <translation>Zufallsstartwert (Gewichte und Patch-Auswahl)</translation>
    </message>
    <message>
        <source>Denoise %1</source>
        <translation>%1 entrauschen</translation>
    </message>
    <message>
        <source>Detector rows: “%1” must look like a:b</source>
        <translation>Detektorzeilen: „%1“ muss die Form a:b haben</translation>
    </message>
    <message>
        <source>Training epochs: 0 needs a trained checkpoint folder, and %1 does not exist</source>
        <translation>Trainingsepochen: 0 braucht einen trainierten Checkpoint-Ordner, und %1 existiert nicht</translation>
    </message>
</context>
<context>
    <name>xrs::app::DisplayUndo</name>
    <message>
        <source>Link Window/Level</source>
        <translation>Fenster/Level koppeln</translation>
    </message>
    <message>
        <source>Unlink Window/Level</source>
        <translation>Fenster/Level entkoppeln</translation>
    </message>
    <message>
        <source>Colormap</source>
        <translation>Farbtabelle</translation>
    </message>
    <message>
        <source>Window/Level</source>
        <translation>Fenster/Level</translation>
    </message>
</context>
<context>
    <name>xrs::app::FuseForm</name>
    <message>
        <source>Fuse (SWIN-XVR)</source>
        <translation>Fusion (SWIN-XVR)</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>manifest.json of xrs synth / xrs sample video (names the LR and HR videos and their frame times), or the LR stack</source>
        <translation>manifest.json von xrs synth / xrs sample video (nennt LR- und HR-Videos und ihre Bildzeiten) oder der LR-Stapel</translation>
    </message>
    <message>
        <source>Manifest or stack (*.json *.tif *.tiff *.h5);;All files (*)</source>
        <translation>Manifest oder Stapel (*.json *.tif *.tiff *.h5);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>HR stack</source>
        <translation>HR-Stapel</translation>
    </message>
    <message>
        <source>HR frames (4× the LR size); empty: from the manifest</source>
        <translation>HR-Bilder (4× die LR-Größe); leer: aus dem Manifest</translation>
    </message>
    <message>
        <source>Stacks (*.tif *.tiff *.h5);;All files (*)</source>
        <translation>Stapel (*.tif *.tiff *.h5);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>HR frame step</source>
        <translation>HR-Bildabstand</translation>
    </message>
    <message>
        <source>Without a manifest: LR frame i is at time i, HR frame j at time j·step</source>
        <translation>Ohne Manifest: LR-Bild i liegt bei Zeit i, HR-Bild j bei Zeit j·Abstand</translation>
    </message>
    <message>
        <source>from the manifest</source>
        <translation>aus dem Manifest</translation>
    </message>
    <message>
        <source>Model checkpoint</source>
        <translation>Modell-Checkpoint</translation>
    </message>
    <message>
        <source>net_g_*.pth of a training run (EMA weights preferred); empty: random weights, for testing only</source>
        <translation>net_g_*.pth eines Trainingslaufs (EMA-Gewichte bevorzugt); leer: Zufallsgewichte, nur zum Testen</translation>
    </message>
    <message>
        <source>Checkpoints (*.pth);;All files (*)</source>
        <translation>Checkpoints (*.pth);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Model preset</source>
        <translation>Modellvorgabe</translation>
    </message>
    <message>
        <source>Network size: found from the checkpoint, or given (random weights need one)</source>
        <translation>Netzgröße: aus dem Checkpoint ermittelt oder angegeben (Zufallsgewichte brauchen eine)</translation>
    </message>
    <message>
        <source>from the checkpoint</source>
        <translation>aus dem Checkpoint</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>paper</source>
        <translation>Paper</translation>
    </message>
    <message>
        <source>LR frames per window</source>
        <translation>LR-Bilder pro Fenster</translation>
    </message>
    <message>
        <source>Neighbouring LR frames the network sees (must match the checkpoint)</source>
        <translation>Benachbarte LR-Bilder, die das Netz sieht (muss zum Checkpoint passen)</translation>
    </message>
    <message>
        <source>Tile size</source>
        <translation>Kachelgröße</translation>
    </message>
    <message>
        <source>Tile side in LR pixels for frames too large for the device memory; whole frames: no tiling</source>
        <translation>Kachelgröße in LR-Pixeln für Bilder, die zu groß für den Gerätespeicher sind; ganze Bilder: keine Kacheln</translation>
    </message>
    <message>
        <source>whole frames</source>
        <translation>ganze Bilder</translation>
    </message>
    <message>
        <source>Tile overlap</source>
        <translation>Kachelüberlappung</translation>
    </message>
    <message>
        <source>Overlap of the tiles in LR pixels (blended)</source>
        <translation>Überlappung der Kacheln in LR-Pixeln (überblendet)</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>Network inputs per forward pass</source>
        <translation>Netzeingaben pro Vorwärtsdurchlauf</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>fp32, or bf16/fp16 autocast (CUDA only: faster, slightly different numbers)</source>
        <translation>fp32 oder bf16/fp16-Autocast (nur CUDA: schneller, leicht abweichende Zahlen)</translation>
    </message>
    <message>
        <source>Data type</source>
        <translation>Datentyp</translation>
    </message>
    <message>
        <source>float32, or uint16 ([0, 1] → 0..65535)</source>
        <translation>float32 oder uint16 ([0, 1] → 0..65535)</translation>
    </message>
    <message>
        <source>Output video</source>
        <translation>Ausgabevideo</translation>
    </message>
    <message>
        <source>Fused HR video (.tif or .h5). Named video/fused.tif next to lr.tif, it opens in the comparison layout</source>
        <translation>Fusioniertes HR-Video (.tif oder .h5). Als video/fused.tif neben lr.tif öffnet es sich in der Vergleichsansicht</translation>
    </message>
    <message>
        <source>Stacks (*.tif *.h5)</source>
        <translation>Stapel (*.tif *.h5)</translation>
    </message>
    <message>
        <source>Checkpoint from training: %1</source>
        <translation>Checkpoint aus dem Training: %1</translation>
    </message>
    <message>
        <source>Fuse %1</source>
        <translation>%1 fusionieren</translation>
    </message>
    <message>
        <source>HR stack: an LR stack as input needs its HR stack (or give a manifest)</source>
        <translation>HR-Stapel: ein LR-Stapel als Eingabe braucht seinen HR-Stapel (oder ein Manifest angeben)</translation>
    </message>
    <message>
        <source>HR frame step: an LR stack as input needs the HR step (or give a manifest)</source>
        <translation>HR-Bildabstand: ein LR-Stapel als Eingabe braucht den HR-Abstand (oder ein Manifest angeben)</translation>
    </message>
    <message>
        <source>Model preset: without a checkpoint (random weights, for testing) choose a preset</source>
        <translation>Modellvorgabe: ohne Checkpoint (Zufallsgewichte, zum Testen) eine Vorgabe wählen</translation>
    </message>
    <message>
        <source>Precision: bf16 and fp16 need a CUDA device</source>
        <translation>Genauigkeit: bf16 und fp16 brauchen ein CUDA-Gerät</translation>
    </message>
</context>
<context>
    <name>xrs::app::HostProfileDialog</name>
    <message>
        <source>Host Profiles</source>
        <translation>Host-Profile</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Import ~/.ssh/config</source>
        <translation>~/.ssh/config importieren</translation>
    </message>
    <message>
        <source>Test Connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>one shell line each, e.g. module load cuda</source>
        <translation>je eine Shell-Zeile, z. B. module load cuda</translation>
    </message>
    <message>
        <source>HH:MM:SS</source>
        <translation>HH:MM:SS</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Jump host</source>
        <translation>Jump-Host</translation>
    </message>
    <message>
        <source>Identity file</source>
        <translation>Schlüsseldatei</translation>
    </message>
    <message>
        <source>Scheduler</source>
        <translation>Scheduler</translation>
    </message>
    <message>
        <source>Work directory</source>
        <translation>Arbeitsverzeichnis</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Engine command</source>
        <translation>Engine-Befehl</translation>
    </message>
    <message>
        <source>Partition / queue</source>
        <translation>Partition / Warteschlange</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>GPUs per node</source>
        <translation>GPUs pro Knoten</translation>
    </message>
    <message>
        <source>CPUs per task</source>
        <translation>CPUs pro Task</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Wall time</source>
        <translation>Laufzeitlimit</translation>
    </message>
    <message numerus="yes">
        <source>%n profile(s) from %1</source>
        <translation>
            <numerusform>%n Profil aus %1</numerusform>
            <numerusform>%n Profile aus %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n host(s) from %1</source>
        <translation>
            <numerusform>%n Host aus %1 importiert</numerusform>
            <numerusform>%n Hosts aus %1 importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>new-host</source>
        <translation>neuer-host</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Connected to %1, but a command failed (status %2): %3</source>
        <translation>Mit %1 verbunden, aber ein Befehl ist fehlgeschlagen (Status %2): %3</translation>
    </message>
    <message>
        <source>OK: %1 — connected in %2 ms, command round trip %3 ms</source>
        <translation>OK: %1 — verbunden in %2 ms, Befehlsumlaufzeit %3 ms</translation>
    </message>
</context>
<context>
    <name>xrs::app::ImagePane</name>
    <message>
        <source>Close this pane</source>
        <translation>Diesen Bereich schließen</translation>
    </message>
</context>
<context>
    <name>xrs::app::JobResults</name>
    <message>
        <source>the LR input is not on this machine</source>
        <translation>die LR-Eingabe ist nicht auf diesem Rechner</translation>
    </message>
    <message>
        <source>the input is not on this machine</source>
        <translation>die Eingabe ist nicht auf diesem Rechner</translation>
    </message>
</context>
<context>
    <name>xrs::app::JobsPanel</name>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Cancel Job</source>
        <translation>Job abbrechen</translation>
    </message>
</context>
<context>
    <name>xrs::app::MainWindow</name>
    <message>
        <source>X-ray Studio</source>
        <translation>X-ray Studio</translation>
    </message>
    <message>
        <source>Open an image stack with File → Open… (Ctrl+O)</source>
        <translation>Öffnen Sie einen Bildstapel mit Datei → Öffnen… (Strg+O)</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open TIFF or HDF5 files, each in its own pane</source>
        <translation>TIFF- oder HDF5-Dateien öffnen, jede in einem eigenen Bereich</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>&amp;Ordner öffnen…</translation>
    </message>
    <message>
        <source>Open a folder of TIFF files as one stack</source>
        <translation>Einen Ordner mit TIFF-Dateien als einen Stapel öffnen</translation>
    </message>
    <message>
        <source>Open &amp;Comparison…</source>
        <translation>&amp;Vergleich öffnen…</translation>
    </message>
    <message>
        <source>Compare LR, HR, reconstruction and ground truth of a demo or synth folder</source>
        <translation>LR, HR, Rekonstruktion und Referenz eines Demo- oder Synth-Ordners vergleichen</translation>
    </message>
    <message>
        <source>Open &amp;Volume…</source>
        <translation>Vol&amp;umen öffnen…</translation>
    </message>
    <message>
        <source>Show a CT volume in orthogonal slices with a crosshair</source>
        <translation>Ein CT-Volumen in orthogonalen Schnitten mit Fadenkreuz anzeigen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Cluster</source>
        <translation>&amp;Cluster</translation>
    </message>
    <message>
        <source>&amp;Hosts…</source>
        <translation>&amp;Hosts…</translation>
    </message>
    <message>
        <source>&amp;Submit…</source>
        <translation>&amp;Einreichen…</translation>
    </message>
    <message>
        <source>Cluster job %1 submitted</source>
        <translation>Cluster-Job %1 eingereicht</translation>
    </message>
    <message>
        <source>Cluster &amp;Jobs</source>
        <translation>Cluster-&amp;Jobs</translation>
    </message>
    <message>
        <source>Cluster Jobs</source>
        <translation>Cluster-Jobs</translation>
    </message>
    <message>
        <source>---- log of cluster job %1 ----</source>
        <translation>---- Protokoll des Cluster-Jobs %1 ----</translation>
    </message>
    <message>
        <source>Open Image Stacks</source>
        <translation>Bildstapel öffnen</translation>
    </message>
    <message>
        <source>Image stacks (*.tif *.tiff *.h5 *.hdf5 *.hdf *.nxs);;TIFF (*.tif *.tiff);;HDF5 (*.h5 *.hdf5 *.hdf *.nxs);;All files (*)</source>
        <translation>Bildstapel (*.tif *.tiff *.h5 *.hdf5 *.hdf *.nxs);;TIFF (*.tif *.tiff);;HDF5 (*.h5 *.hdf5 *.hdf *.nxs);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open TIFF Folder</source>
        <translation>TIFF-Ordner öffnen</translation>
    </message>
    <message>
        <source>Open Demo or Synth Folder</source>
        <translation>Demo- oder Synth-Ordner öffnen</translation>
    </message>
    <message>
        <source>Cannot compare %1</source>
        <translation>%1 kann nicht verglichen werden</translation>
    </message>
    <message>
        <source>Comparison: %1</source>
        <translation>Vergleich: %1</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Comparison of %1: %2 frames</source>
        <translation>Vergleich von %1: %2 Bilder</translation>
    </message>
    <message>
        <source>Open Volume</source>
        <translation>Volumen öffnen</translation>
    </message>
    <message>
        <source>Volumes (*.tif *.tiff *.h5 *.hdf5 *.hdf *.nxs);;All files (*)</source>
        <translation>Volumen (*.tif *.tiff *.h5 *.hdf5 *.hdf *.nxs);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>%1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Volume: %1</source>
        <translation>Volumen: %1</translation>
    </message>
    <message>
        <source>Opened %1 in orthogonal slices</source>
        <translation>%1 in orthogonalen Schnitten geöffnet</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Opened %1 (%2, %3)</source>
        <translation>%1 geöffnet (%2, %3)</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Demo data in %1</source>
        <translation>Demodaten in %1</translation>
    </message>
    <message>
        <source>Job “%1” %2</source>
        <translation>Job „%1“ %2</translation>
    </message>
    <message>
        <source>The demo job failed</source>
        <translation>Der Demo-Job ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Close &amp;All Panes</source>
        <translation>Alle Bereiche s&amp;chließen</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation>Rückgängig-Verlauf</translation>
    </message>
    <message>
        <source>Open &amp;Session…</source>
        <translation>&amp;Sitzung öffnen…</translation>
    </message>
    <message>
        <source>Open Session</source>
        <translation>Sitzung öffnen</translation>
    </message>
    <message>
        <source>X-ray Studio sessions (%1);;All files (*)</source>
        <translation>X-ray-Studio-Sitzungen (%1);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save Session</source>
        <translation>Sitzung speichern</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About X-ray Studio</source>
        <translation>Ü&amp;ber X-ray Studio</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Error: cannot open the session %1: %2</source>
        <translation>Fehler: Die Sitzung %1 lässt sich nicht öffnen: %2</translation>
    </message>
    <message>
        <source>Cannot open the session %1</source>
        <translation>Die Sitzung %1 lässt sich nicht öffnen</translation>
    </message>
    <message>
        <source>Opened the session %1</source>
        <translation>Sitzung %1 geöffnet</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>fehlt: %1</translation>
    </message>
    <message>
        <source>cannot be opened: %1</source>
        <translation>lässt sich nicht öffnen: %1</translation>
    </message>
    <message>
        <source>Session: %1</source>
        <translation>Sitzung: %1</translation>
    </message>
    <message>
        <source>Parts of the session %1 could not be restored; the rest is open.</source>
        <translation>Teile der Sitzung %1 ließen sich nicht wiederherstellen; der Rest ist geöffnet.</translation>
    </message>
    <message>
        <source>Saved the session %1</source>
        <translation>Sitzung %1 gespeichert</translation>
    </message>
    <message>
        <source>(original)</source>
        <translation>(Ausgangszustand)</translation>
    </message>
    <message>
        <source>Save Sessio&amp;n…</source>
        <translation>Sitzung s&amp;peichern…</translation>
    </message>
    <message>
        <source>Results of %1: %2</source>
        <translation>Ergebnisse von %1: %2</translation>
    </message>
    <message>
        <source>Cannot compare the results of %1</source>
        <translation>Die Ergebnisse von %1 können nicht verglichen werden</translation>
    </message>
    <message>
        <source>Cluster job %1: no results to show</source>
        <translation>Cluster-Job %1: keine Ergebnisse zum Anzeigen</translation>
    </message>
    <message>
        <source>Session: transfer function not restored: %1</source>
        <translation>Sitzung: Transferfunktion nicht wiederhergestellt: %1</translation>
    </message>
    <message>
        <source>Reading %1: %2%</source>
        <translation>%1 wird gelesen: %2 %</translation>
    </message>
</context>
<context>
    <name>xrs::app::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>Applies when X-ray Studio starts again</source>
        <translation>Gilt beim nächsten Start von X-ray Studio</translation>
    </message>
    <message>
        <source>Nearest</source>
        <translation>Nächster Nachbar</translation>
    </message>
    <message>
        <source>Bicubic</source>
        <translation>Bikubisch</translation>
    </message>
    <message>
        <source>Restore the window size and dock layout at start</source>
        <translation>Fenstergröße und Dock-Anordnung beim Start wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Colour map of new panes:</source>
        <translation>&amp;Farbtabelle neuer Bereiche:</translation>
    </message>
    <message>
        <source>&amp;Automatic range of new panes:</source>
        <translation>&amp;Automatischer Bereich neuer Bereiche:</translation>
    </message>
    <message>
        <source>Compute &amp;device:</source>
        <translation>Rechen&amp;gerät:</translation>
    </message>
    <message>
        <source>Comparison &amp;upscaling:</source>
        <translation>&amp;Hochskalierung im Vergleich:</translation>
    </message>
    <message>
        <source>&amp;Recent files listed:</source>
        <translation>&amp;Zuletzt geöffnete Dateien:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The new language applies when X-ray Studio starts again. Restart now?</source>
        <translation>Die neue Sprache gilt beim nächsten Start von X-ray Studio. Jetzt neu starten?</translation>
    </message>
</context>
<context>
    <name>xrs::app::PropertiesDock</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 … %2</source>
        <translation>%1 … %2</translation>
    </message>
    <message>
        <source>LR</source>
        <translation>LR</translation>
    </message>
    <message>
        <source>HR</source>
        <translation>HR</translation>
    </message>
    <message>
        <source>Reconstructed</source>
        <translation>Rekonstruiert</translation>
    </message>
    <message>
        <source>Reconstructed (%1)</source>
        <translation>Rekonstruiert (%1)</translation>
    </message>
    <message>
        <source>Ground truth</source>
        <translation>Ground Truth</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>Click an image to see its properties.</source>
        <translation>Klicken Sie auf ein Bild, um seine Eigenschaften zu sehen.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <source>Dataset:</source>
        <translation>Datensatz:</translation>
    </message>
    <message>
        <source>Shape:</source>
        <translation>Form:</translation>
    </message>
    <message>
        <source>frames × rows × columns</source>
        <translation>Bilder × Zeilen × Spalten</translation>
    </message>
    <message>
        <source>Frame:</source>
        <translation>Bild:</translation>
    </message>
    <message>
        <source>Data type:</source>
        <translation>Datentyp:</translation>
    </message>
    <message>
        <source>File range:</source>
        <translation>Werte der Datei:</translation>
    </message>
    <message>
        <source>Frame range:</source>
        <translation>Werte des Bildes:</translation>
    </message>
    <message>
        <source>Pixel size:</source>
        <translation>Pixelgröße:</translation>
    </message>
    <message>
        <source>Frame memory:</source>
        <translation>Speicher pro Bild:</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Anzeige</translation>
    </message>
    <message>
        <source>Colour map:</source>
        <translation>Farbtabelle:</translation>
    </message>
    <message>
        <source>Window low:</source>
        <translation>Fenster unten:</translation>
    </message>
    <message>
        <source>Window high:</source>
        <translation>Fenster oben:</translation>
    </message>
    <message>
        <source>Auto Range</source>
        <translation>Automatischer Bereich</translation>
    </message>
    <message>
        <source>Window from the 0.35 and 99.65 percentiles of the frame shown</source>
        <translation>Fenster aus dem 0,35- und 99,65-Perzentil des angezeigten Bildes</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>No provenance recorded</source>
        <translation>Keine Herkunft aufgezeichnet</translation>
    </message>
    <message>
        <source>Comparison: %1</source>
        <translation>Vergleich: %1</translation>
    </message>
    <message>
        <source>XY slice</source>
        <translation>XY-Schnitt</translation>
    </message>
    <message>
        <source>XZ slice</source>
        <translation>XZ-Schnitt</translation>
    </message>
    <message>
        <source>YZ slice</source>
        <translation>YZ-Schnitt</translation>
    </message>
    <message>
        <source>Volume: %1 (%2)</source>
        <translation>Volumen: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2, 0–%3)</source>
        <translation>%1 (%2, 0–%3)</translation>
    </message>
    <message>
        <source>%1 (0–%2)</source>
        <translation>%1 (0–%2)</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>in memory</source>
        <translation>im Speicher</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message numerus="yes">
        <source>%n frames × %1 × %2</source>
        <translation>
            <numerusform>%n Bild × %1 × %2</numerusform>
            <numerusform>%n Bilder × %1 × %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 × %2 %3 (x × y)</source>
        <translation>%1 × %2 %3 (x × y)</translation>
    </message>
    <message>
        <source>%1 (float32)</source>
        <translation>%1 (float32)</translation>
    </message>
</context>
<context>
    <name>xrs::app::RecentFiles</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (fehlt)</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <source>&amp;Remove Missing</source>
        <translation>Fehlende ent&amp;fernen</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>&amp;Leeren</translation>
    </message>
</context>
<context>
    <name>xrs::app::ReconForm</name>
    <message>
        <source>Reconstruct CT</source>
        <translation>CT rekonstruieren</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Scan</translation>
    </message>
    <message>
        <source>DXchange HDF5 file, or TIFF projections (file or folder) with flats and darks</source>
        <translation>DXchange-HDF5-Datei oder TIFF-Projektionen (Datei oder Ordner) mit Hell- und Dunkelbildern</translation>
    </message>
    <message>
        <source>Output volume</source>
        <translation>Ausgabevolumen</translation>
    </message>
    <message>
        <source>Reconstructed volume: .tif or .h5 (written atomically: it appears only when complete)</source>
        <translation>Rekonstruiertes Volumen: .tif oder .h5 (atomar geschrieben: erscheint erst, wenn es vollständig ist)</translation>
    </message>
    <message>
        <source>Volumes (*.tif *.h5)</source>
        <translation>Volumen (*.tif *.h5)</translation>
    </message>
    <message>
        <source>Detector rows</source>
        <translation>Detektorzeilen</translation>
    </message>
    <message>
        <source>Rows a:b to reconstruct (end exclusive, unbinned pixels); empty: all rows</source>
        <translation>Zu rekonstruierende Zeilen a:b (Ende ausschließlich, ungebinnte Pixel); leer: alle Zeilen</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>Find the rotation centre automatically</source>
        <translation>Rotationszentrum automatisch bestimmen</translation>
    </message>
    <message>
        <source>Off: use the centre below (try several with “Try centres…”)</source>
        <translation>Aus: das Zentrum unten verwenden (mehrere mit „Zentren testen…“ ausprobieren)</translation>
    </message>
    <message>
        <source>Rotation centre</source>
        <translation>Rotationszentrum</translation>
    </message>
    <message>
        <source>Rotation axis in unbinned detector pixels (from the left edge)</source>
        <translation>Rotationsachse in ungebinnten Detektorpixeln (vom linken Rand)</translation>
    </message>
    <message>
        <source>Scan range</source>
        <translation>Scanbereich</translation>
    </message>
    <message>
        <source>180° or 360° (stitched, the axis may be off-centre); auto: from the angles</source>
        <translation>180° oder 360° (zusammengesetzt, die Achse darf außermittig liegen); auto: aus den Winkeln</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>auto</translation>
    </message>
    <message>
        <source>180°</source>
        <translation>180°</translation>
    </message>
    <message>
        <source>360°</source>
        <translation>360°</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Filtered backprojection filter</source>
        <translation>Filter der gefilterten Rückprojektion</translation>
    </message>
    <message>
        <source>Ram-Lak</source>
        <translation>Ram-Lak</translation>
    </message>
    <message>
        <source>Shepp-Logan</source>
        <translation>Shepp-Logan</translation>
    </message>
    <message>
        <source>Chesler</source>
        <translation>Chesler</translation>
    </message>
    <message>
        <source>Cosine</source>
        <translation>Kosinus</translation>
    </message>
    <message>
        <source>Hamming</source>
        <translation>Hamming</translation>
    </message>
    <message>
        <source>Hann</source>
        <translation>Hann</translation>
    </message>
    <message>
        <source>Parzen</source>
        <translation>Parzen</translation>
    </message>
    <message>
        <source>Ring removal</source>
        <translation>Ringentfernung</translation>
    </message>
    <message>
        <source>Stripe removal on the sinograms: sorting, Fourier filter, large stripes, or all of them</source>
        <translation>Streifenentfernung auf den Sinogrammen: Sortierung, Fourier-Filter, breite Streifen oder alle</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>sorting (window)</source>
        <translation>Sortierung (Fenster)</translation>
    </message>
    <message>
        <source>Fourier filter (sigma)</source>
        <translation>Fourier-Filter (Sigma)</translation>
    </message>
    <message>
        <source>large stripes (window)</source>
        <translation>breite Streifen (Fenster)</translation>
    </message>
    <message>
        <source>Ring parameter</source>
        <translation>Ringparameter</translation>
    </message>
    <message>
        <source>Window (odd, ≥ 3) for sorting and large stripes; sigma for the Fourier filter</source>
        <translation>Fenster (ungerade, ≥ 3) für Sortierung und breite Streifen; Sigma für den Fourier-Filter</translation>
    </message>
    <message>
        <source>Zinger threshold</source>
        <translation>Zinger-Schwelle</translation>
    </message>
    <message>
        <source>Remove zingers deviating from the 3×3 median by more than this fraction; 0: off</source>
        <translation>Zinger entfernen, die um mehr als diesen Anteil vom 3×3-Median abweichen; 0: aus</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Binning</source>
        <translation>Binning</translation>
    </message>
    <message>
        <source>Detector binning (mean of the raw counts)</source>
        <translation>Detektor-Binning (Mittelwert der Rohzählwerte)</translation>
    </message>
    <message>
        <source>Data type</source>
        <translation>Datentyp</translation>
    </message>
    <message>
        <source>Type of the output values (integers are scaled from the value range)</source>
        <translation>Typ der Ausgabewerte (Ganzzahlen werden aus dem Wertebereich skaliert)</translation>
    </message>
    <message>
        <source>Projection storage</source>
        <translation>Speichergenauigkeit der Projektionen</translation>
    </message>
    <message>
        <source>Precision of the filtered projections in the backprojector: half precision needs half the GPU memory and bandwidth (about 3 significant digits per sample)</source>
        <translation>Genauigkeit der gefilterten Projektionen im Rückprojektor: halbe Genauigkeit braucht halb so viel GPU-Speicher und Bandbreite (etwa 3 signifikante Stellen je Abtastwert)</translation>
    </message>
    <message>
        <source>float32</source>
        <translation>float32</translation>
    </message>
    <message>
        <source>float16 (half)</source>
        <translation>float16 (halbe Genauigkeit)</translation>
    </message>
    <message>
        <source>Rows per chunk</source>
        <translation>Zeilen pro Block</translation>
    </message>
    <message>
        <source>Detector rows reconstructed at a time; auto: from the memory budget</source>
        <translation>Gleichzeitig rekonstruierte Detektorzeilen; auto: aus dem Speicherbudget</translation>
    </message>
    <message>
        <source>Memory budget</source>
        <translation>Speicherbudget</translation>
    </message>
    <message>
        <source>Memory for the chunks</source>
        <translation>Speicher für die Blöcke</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Try centres</source>
        <translation>Zentren testen</translation>
    </message>
    <message>
        <source>Candidate centres from A to B in steps of STEP (unbinned detector pixels)</source>
        <translation>Kandidaten für das Zentrum von A bis B in Schritten von STEP (ungebinnte Detektorpixel)</translation>
    </message>
    <message>
        <source>middle</source>
        <translation>Mitte</translation>
    </message>
    <message>
        <source>The detector row whose slice is reconstructed for every candidate</source>
        <translation>Die Detektorzeile, deren Schicht für jeden Kandidaten rekonstruiert wird</translation>
    </message>
    <message>
        <source>Try Centres…</source>
        <translation>Zentren testen…</translation>
    </message>
    <message>
        <source>Reconstruct the row once per candidate centre and show the slices side by side</source>
        <translation>Die Zeile für jedes Kandidatenzentrum rekonstruieren und die Schichten nebeneinander zeigen</translation>
    </message>
    <message>
        <source>Centres</source>
        <translation>Zentren</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Centre set to %1</source>
        <translation>Zentrum auf %1 gesetzt</translation>
    </message>
    <message>
        <source>Reconstruct %1</source>
        <translation>%1 rekonstruieren</translation>
    </message>
    <message>
        <source>Output volume: %1 must end in .tif, .h5 or / (a folder)</source>
        <translation>Ausgabevolumen: %1 muss auf .tif, .h5 oder / (ein Ordner) enden</translation>
    </message>
    <message>
        <source>Detector rows: “%1” must look like a:b</source>
        <translation>Detektorzeilen: „%1“ muss die Form a:b haben</translation>
    </message>
    <message>
        <source>Ring parameter: the window must be an odd whole number ≥ 3</source>
        <translation>Ringparameter: das Fenster muss eine ungerade ganze Zahl ≥ 3 sein</translation>
    </message>
    <message>
        <source>Centres: “%1” must be A:B:STEP with A ≤ B and STEP &gt; 0</source>
        <translation>Zentren: „%1“ muss A:B:STEP mit A ≤ B und STEP &gt; 0 sein</translation>
    </message>
    <message>
        <source>Centres: at most %1 candidates at a time</source>
        <translation>Zentren: höchstens %1 Kandidaten auf einmal</translation>
    </message>
    <message>
        <source>Cannot make a temporary folder: %1</source>
        <translation>Temporärer Ordner kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>Try centres %1 on %2</source>
        <translation>Zentren %1 an %2 testen</translation>
    </message>
    <message>
        <source>Trying centres %1…</source>
        <translation>Teste Zentren %1…</translation>
    </message>
    <message>
        <source>Cannot show the try-centre slices: %1</source>
        <translation>Die Schichten der Zentrumssuche können nicht angezeigt werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n centre(s) tried: click the sharpest slice to use its centre</source>
        <translation>
            <numerusform>%n Zentrum getestet: die schärfste Schicht anklicken, um ihr Zentrum zu verwenden</numerusform>
            <numerusform>%n Zentren getestet: die schärfste Schicht anklicken, um ihr Zentrum zu verwenden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>xrs::app::RunForm</name>
    <message>
        <source>Where the computation runs; passed to the engine as --device</source>
        <translation>Wo gerechnet wird; wird der Engine als --device übergeben</translation>
    </message>
    <message>
        <source>The exact command the job runs (read-only)</source>
        <translation>Der genaue Befehl, den der Auftrag ausführt (schreibgeschützt)</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>Befehlszeile</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <source>%1: nothing given</source>
        <translation>%1: nichts angegeben</translation>
    </message>
    <message>
        <source>%1: %2 does not exist</source>
        <translation>%1: %2 existiert nicht</translation>
    </message>
    <message>
        <source>Scans (*.h5 *.hdf5 *.hdf *.nxs *.tif *.tiff);;All files (*)</source>
        <translation>Scans (*.h5 *.hdf5 *.hdf *.nxs *.tif *.tiff);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Scan</translation>
    </message>
    <message>
        <source>Flat fields</source>
        <translation>Hellbilder</translation>
    </message>
    <message>
        <source>TIFF flat fields, for TIFF projections only</source>
        <translation>TIFF-Hellbilder, nur für TIFF-Projektionen</translation>
    </message>
    <message>
        <source>Dark fields</source>
        <translation>Dunkelbilder</translation>
    </message>
    <message>
        <source>TIFF dark fields, for TIFF projections only</source>
        <translation>TIFF-Dunkelbilder, nur für TIFF-Projektionen</translation>
    </message>
</context>
<context>
    <name>xrs::app::RunMenu</name>
    <message>
        <source>&amp;Run</source>
        <translation>Aus&amp;führen</translation>
    </message>
    <message>
        <source>&amp;Reconstruct CT…</source>
        <translation>CT &amp;rekonstruieren…</translation>
    </message>
    <message>
        <source>Filtered backprojection of a scan, with a try-centre sweep</source>
        <translation>Gefilterte Rückprojektion eines Scans, mit Zentrumssuche</translation>
    </message>
    <message>
        <source>&amp;Fuse (SWIN-XVR)…</source>
        <translation>&amp;Fusion (SWIN-XVR)…</translation>
    </message>
    <message>
        <source>HR frames for every LR frame from LR and sparse HR videos</source>
        <translation>HR-Bilder für jedes LR-Bild aus LR- und spärlichen HR-Videos</translation>
    </message>
    <message>
        <source>&amp;Denoise (Noise2Inverse)…</source>
        <translation>&amp;Entrauschen (Noise2Inverse)…</translation>
    </message>
    <message>
        <source>Self-supervised denoising of a reconstruction (trains, then denoises)</source>
        <translation>Selbstüberwachtes Entrauschen einer Rekonstruktion (trainiert, dann entrauscht)</translation>
    </message>
    <message>
        <source>&amp;Train Fusion Model…</source>
        <translation>Fusionsmodell &amp;trainieren…</translation>
    </message>
    <message>
        <source>Train SWIN-XVR on an LR video and its ground truth</source>
        <translation>SWIN-XVR auf einem LR-Video und seiner Ground Truth trainieren</translation>
    </message>
    <message>
        <source>Started “%1”: %2</source>
        <translation>„%1“ gestartet: %2</translation>
    </message>
    <message>
        <source>Running “%1” (see the Jobs dock)</source>
        <translation>„%1“ läuft (siehe Aufträge-Leiste)</translation>
    </message>
    <message>
        <source>“%1” completed</source>
        <translation>„%1“ abgeschlossen</translation>
    </message>
    <message>
        <source>“%1” %2: %3</source>
        <translation>„%1“ %2: %3</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB: shown in a pane; File → Open Volume… shows it in orthogonal slices</source>
        <translation>%1 ist größer als %2 MiB: in einem Bereich gezeigt; Datei → Volumen öffnen… zeigt es in orthogonalen Schnitten</translation>
    </message>
    <message>
        <source>Training “%1” finished without a checkpoint</source>
        <translation>Training „%1“ endete ohne Checkpoint</translation>
    </message>
    <message>
        <source>Checkpoint of “%1”: %2</source>
        <translation>Checkpoint von „%1“: %2</translation>
    </message>
</context>
<context>
    <name>xrs::app::SubmitDialog</name>
    <message>
        <source>Submit Cluster Job</source>
        <translation>Cluster-Job einreichen</translation>
    </message>
    <message>
        <source>Reconstruction</source>
        <translation>Rekonstruktion</translation>
    </message>
    <message>
        <source>Denoise</source>
        <translation>Entrauschen</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Trainieren</translation>
    </message>
    <message>
        <source>Fuse</source>
        <translation>Fusionieren</translation>
    </message>
    <message>
        <source>input file(s), separated by ;</source>
        <translation>Eingabedatei(en), getrennt durch ;</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>further options, e.g. --center 31.5</source>
        <translation>weitere Optionen, z. B. --center 31.5</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Eingaben</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Partition / queue</source>
        <translation>Partition / Warteschlange</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>GPUs per node</source>
        <translation>GPUs pro Knoten</translation>
    </message>
    <message>
        <source>CPUs per task</source>
        <translation>CPUs pro Task</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Wall time</source>
        <translation>Laufzeitlimit</translation>
    </message>
    <message>
        <source>Array tasks</source>
        <translation>Array-Tasks</translation>
    </message>
    <message>
        <source>Detector rows</source>
        <translation>Detektorzeilen</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Einreichen</translation>
    </message>
    <message>
        <source>Job Inputs</source>
        <translation>Job-Eingaben</translation>
    </message>
    <message>
        <source>Give the scan to reconstruct.</source>
        <translation>Geben Sie den zu rekonstruierenden Scan an.</translation>
    </message>
    <message>
        <source>Give the output file.</source>
        <translation>Geben Sie die Ausgabedatei an.</translation>
    </message>
    <message>
        <source>Give the scan&apos;s detector rows (split over the array tasks).</source>
        <translation>Geben Sie die Detektorzeilen des Scans an (aufgeteilt auf die Array-Tasks).</translation>
    </message>
    <message>
        <source>
# ---- merge job (after all tasks succeed) ----
</source>
        <translation>
# ---- Zusammenführungs-Job (nachdem alle Tasks erfolgreich waren) ----
</translation>
    </message>
    <message>
        <source>Submitting to %1…</source>
        <translation>Wird bei %1 eingereicht…</translation>
    </message>
    <message>
        <source>Submitted job %1</source>
        <translation>Job %1 eingereicht</translation>
    </message>
</context>
<context>
    <name>xrs::app::TrainForm</name>
    <message>
        <source>Train Fusion Model</source>
        <translation>Fusionsmodell trainieren</translation>
    </message>
    <message>
        <source>Stacks (*.tif *.tiff *.h5);;All files (*)</source>
        <translation>Stapel (*.tif *.tiff *.h5);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Manifest</source>
        <translation>Manifest</translation>
    </message>
    <message>
        <source>manifest.json of xrs synth / xrs sample video (gives the LR and ground-truth videos)</source>
        <translation>manifest.json von xrs synth / xrs sample video (nennt die LR- und Ground-Truth-Videos)</translation>
    </message>
    <message>
        <source>Manifests (*.json);;All files (*)</source>
        <translation>Manifeste (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>LR stack</source>
        <translation>LR-Stapel</translation>
    </message>
    <message>
        <source>Without a manifest: LR frames in [0, 1]</source>
        <translation>Ohne Manifest: LR-Bilder in [0, 1]</translation>
    </message>
    <message>
        <source>Ground truth</source>
        <translation>Ground Truth</translation>
    </message>
    <message>
        <source>Without a manifest: ground-truth frames (4× the LR size) in [0, 1]</source>
        <translation>Ohne Manifest: Ground-Truth-Bilder (4× die LR-Größe) in [0, 1]</translation>
    </message>
    <message>
        <source>Config JSON</source>
        <translation>Konfigurations-JSON</translation>
    </message>
    <message>
        <source>JSON file with any training options; the fields here override it only where changed</source>
        <translation>JSON-Datei mit beliebigen Trainingsoptionen; die Felder hier überschreiben sie nur, wo sie geändert wurden</translation>
    </message>
    <message>
        <source>JSON (*.json);;All files (*)</source>
        <translation>JSON (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Checkpoint folder</source>
        <translation>Checkpoint-Ordner</translation>
    </message>
    <message>
        <source>Where checkpoints (net_g_*.pth) and the training log go</source>
        <translation>Wohin Checkpoints (net_g_*.pth) und das Trainingsprotokoll geschrieben werden</translation>
    </message>
    <message>
        <source>Resume the run in this folder</source>
        <translation>Den Lauf in diesem Ordner fortsetzen</translation>
    </message>
    <message>
        <source>On: continue from the folder&apos;s last checkpoint. Off: the folder must be new or empty</source>
        <translation>An: beim letzten Checkpoint des Ordners fortsetzen. Aus: der Ordner muss neu oder leer sein</translation>
    </message>
    <message>
        <source>Fine-tune from</source>
        <translation>Feinabstimmung ab</translation>
    </message>
    <message>
        <source>Start from the weights of this checkpoint (net_g_*.pth); empty: random initialisation</source>
        <translation>Mit den Gewichten dieses Checkpoints beginnen (net_g_*.pth); leer: zufällige Initialisierung</translation>
    </message>
    <message>
        <source>Checkpoints (*.pth);;All files (*)</source>
        <translation>Checkpoints (*.pth);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Model preset</source>
        <translation>Modellvorgabe</translation>
    </message>
    <message>
        <source>Network size</source>
        <translation>Netzgröße</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>paper</source>
        <translation>Paper</translation>
    </message>
    <message>
        <source>LR frames per sample</source>
        <translation>LR-Bilder pro Stichprobe</translation>
    </message>
    <message>
        <source>Neighbouring LR frames per sample</source>
        <translation>Benachbarte LR-Bilder pro Stichprobe</translation>
    </message>
    <message>
        <source>Iterations</source>
        <translation>Iterationen</translation>
    </message>
    <message>
        <source>Total training iterations</source>
        <translation>Trainingsiterationen insgesamt</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>Samples per iteration (and rank)</source>
        <translation>Stichproben pro Iteration (und Rang)</translation>
    </message>
    <message>
        <source>HR crop</source>
        <translation>HR-Ausschnitt</translation>
    </message>
    <message>
        <source>HR crop side in pixels (the LR crop is a quarter)</source>
        <translation>Seitenlänge des HR-Ausschnitts in Pixeln (der LR-Ausschnitt ist ein Viertel)</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>Adam learning rate</source>
        <translation>Lernrate von Adam</translation>
    </message>
    <message>
        <source>Validate every</source>
        <translation>Validieren alle</translation>
    </message>
    <message>
        <source>Iterations between validations</source>
        <translation>Iterationen zwischen Validierungen</translation>
    </message>
    <message>
        <source>Checkpoint every</source>
        <translation>Checkpoint alle</translation>
    </message>
    <message>
        <source>Iterations between checkpoints</source>
        <translation>Iterationen zwischen Checkpoints</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Startwert</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>Zufallsstartwert</translation>
    </message>
    <message>
        <source>Train on %1</source>
        <translation>Training mit %1</translation>
    </message>
    <message>
        <source>Manifest: give a manifest, or the LR and ground-truth stacks</source>
        <translation>Manifest: ein Manifest oder die LR- und Ground-Truth-Stapel angeben</translation>
    </message>
    <message>
        <source>Ground truth: an LR stack needs its ground truth</source>
        <translation>Ground Truth: ein LR-Stapel braucht seine Ground Truth</translation>
    </message>
    <message>
        <source>Checkpoint folder: %1 already holds files; tick “Resume” to continue that run or choose a new folder</source>
        <translation>Checkpoint-Ordner: %1 enthält bereits Dateien; „Fortsetzen“ ankreuzen, um diesen Lauf fortzusetzen, oder einen neuen Ordner wählen</translation>
    </message>
</context>
<context>
    <name>xrs::app::UndoBinder</name>
    <message>
        <source>Change %1</source>
        <translation>%1 ändern</translation>
    </message>
</context>
<context>
    <name>xrs::app::VolumeLoader</name>
    <message>
        <source>Reading %1: %2%</source>
        <translation>%1 wird gelesen: %2 %</translation>
    </message>
</context>
<context>
    <name>xrs::remote::Job</name>
    <message>
        <source>queued</source>
        <translation>wartend</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>Zeitlimit überschritten</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>xrs::remote::LocalRunner</name>
    <message>
        <source>cancelled before it started</source>
        <translation>vor dem Start abgebrochen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>stopped after the time limit of %1 s</source>
        <translation>nach dem Zeitlimit von %1 s angehalten</translation>
    </message>
    <message>
        <source>%1 crashed (signal %2)</source>
        <translation>%1 ist abgestürzt (Signal %2)</translation>
    </message>
    <message>
        <source>exited with code %1</source>
        <translation>mit Code %1 beendet</translation>
    </message>
    <message>
        <source>expected output missing: %1</source>
        <translation>erwartete Ausgabe fehlt: %1</translation>
    </message>
    <message>
        <source>could not start %1: %2</source>
        <translation>%1 konnte nicht gestartet werden: %2</translation>
    </message>
</context>
<context>
    <name>xrs::widgets::Colormap</name>
    <message>
        <source>Grey</source>
        <translation>Grau</translation>
    </message>
    <message>
        <source>Inverted grey</source>
        <translation>Grau invertiert</translation>
    </message>
</context>
<context>
    <name>xrs::widgets::ComparisonView</name>
    <message>
        <source>LR</source>
        <translation>LR</translation>
    </message>
    <message>
        <source>HR</source>
        <translation>HR</translation>
    </message>
    <message>
        <source>Reconstructed</source>
        <translation>Rekonstruiert</translation>
    </message>
    <message>
        <source>Reconstructed (%1)</source>
        <translation>Rekonstruiert (%1)</translation>
    </message>
    <message>
        <source>Ground truth</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>|Reconstructed − ground truth|</source>
        <translation>|Rekonstruiert − Referenz|</translation>
    </message>
    <message>
        <source>First frame (Home)</source>
        <translation>Erstes Bild (Pos1)</translation>
    </message>
    <message>
        <source>Previous frame (←)</source>
        <translation>Vorheriges Bild (←)</translation>
    </message>
    <message>
        <source>Play / pause (Space)</source>
        <translation>Abspielen / Pause (Leertaste)</translation>
    </message>
    <message>
        <source>Next frame (→)</source>
        <translation>Nächstes Bild (→)</translation>
    </message>
    <message>
        <source>Last frame (End)</source>
        <translation>Letztes Bild (Ende)</translation>
    </message>
    <message>
        <source>Frame</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source> fps</source>
        <translation> fps</translation>
    </message>
    <message>
        <source>Playback speed (frames per second)</source>
        <translation>Wiedergabegeschwindigkeit (Bilder pro Sekunde)</translation>
    </message>
    <message>
        <source>Loop</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>LR: nearest</source>
        <translation>LR: nächster Nachbar</translation>
    </message>
    <message>
        <source>LR: bicubic</source>
        <translation>LR: bikubisch</translation>
    </message>
    <message>
        <source>How the LR frames are upscaled to the HR grid (for display only)</source>
        <translation>Wie die LR-Bilder auf das HR-Raster hochskaliert werden (nur für die Anzeige)</translation>
    </message>
    <message>
        <source>Link window/level</source>
        <translation>Fenster/Level koppeln</translation>
    </message>
    <message>
        <source>Colour map of the linked panes</source>
        <translation>Farbtabelle der gekoppelten Bereiche</translation>
    </message>
    <message>
        <source>Histogram of the reconstructed frame; drag the limits to change the display range</source>
        <translation>Histogramm des rekonstruierten Bildes; ziehen Sie die Grenzen, um den Anzeigebereich zu ändern</translation>
    </message>
    <message>
        <source>bicubic</source>
        <translation>bikubisch</translation>
    </message>
    <message>
        <source>nearest</source>
        <translation>nächster Nachbar</translation>
    </message>
    <message>
        <source>frame %1 (0–%2), ×%3 %4</source>
        <translation>Bild %1 (0–%2), ×%3 %4</translation>
    </message>
    <message>
        <source>HR frame %1 (0–%2), same time</source>
        <translation>HR-Bild %1 (0–%2), gleiche Zeit</translation>
    </message>
    <message>
        <source>HR frame %1 (0–%2), Δt = %3 frames</source>
        <translation>HR-Bild %1 (0–%2), Δt = %3 Bilder</translation>
    </message>
    <message>
        <source>frame %1 (0–%2)</source>
        <translation>Bild %1 (0–%2)</translation>
    </message>
</context>
<context>
    <name>xrs::widgets::DataBrowser</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>scalar</source>
        <translation>Skalar</translation>
    </message>
    <message>
        <source>chunks %1</source>
        <translation>Chunks %1</translation>
    </message>
    <message>
        <source>Attributes:</source>
        <translation>Attribute:</translation>
    </message>
    <message>
        <source>DXchange</source>
        <translation>DXchange</translation>
    </message>
    <message>
        <source>projections: %1</source>
        <translation>Projektionen: %1</translation>
    </message>
    <message>
        <source>flats: %1</source>
        <translation>Hellbilder: %1</translation>
    </message>
    <message>
        <source>darks: %1</source>
        <translation>Dunkelbilder: %1</translation>
    </message>
    <message>
        <source>angles: %1</source>
        <translation>Winkel: %1</translation>
    </message>
    <message>
        <source>HDF5</source>
        <translation>HDF5</translation>
    </message>
    <message>
        <source>watched</source>
        <translation>überwacht</translation>
    </message>
    <message>
        <source>Watched folder %1: complete files appear as they arrive</source>
        <translation>Überwachter Ordner %1: vollständige Dateien erscheinen, sobald sie ankommen</translation>
    </message>
    <message numerus="yes">
        <source>watched, %n file(s)</source>
        <translation>
            <numerusform>überwacht, %n Datei</numerusform>
            <numerusform>überwacht, %n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open in &amp;New Pane</source>
        <translation>In &amp;neuem Bereich öffnen</translation>
    </message>
    <message>
        <source>Open as &amp;Volume</source>
        <translation>Als &amp;Volumen öffnen</translation>
    </message>
    <message>
        <source>&amp;Copy Path</source>
        <translation>Pfad &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Remove from List</source>
        <translation>Aus der Liste &amp;entfernen</translation>
    </message>
</context>
<context>
    <name>xrs::widgets::Histogram</name>
    <message>
        <source>0.35–99.65 %</source>
        <translation>0,35–99,65 %</translation>
    </message>
    <message>
        <source>1–99 %</source>
        <translation>1–99 %</translation>
    </message>
    <message>
        <source>Min–max</source>
        <translation>Min–Max</translation>
    </message>
</context>
<context>
    <name>xrs::widgets::HistogramWidget</name>
    <message>
        <source>Auto</source>
        <translation>Auto</translation>
    </message>
    <message>
        <source>Automatic display range</source>
        <translation>Automatischer Anzeigebereich</translation>
    </message>
</context>
<context>
    <name>xrs::widgets::ImageView</name>
    <message>
        <source>Frame</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>cannot show frame %1: %2</source>
        <translation>Bild %1 kann nicht angezeigt werden: %2</translation>
    </message>
    <message>
        <source>no image</source>
        <translation>kein Bild</translation>
    </message>
    <message>
        <source>(%1, %2) = %3</source>
        <translation>(%1, %2) = %3</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <source>Drag to pan, wheel to zoom, right drag for window/level</source>
        <translation>Ziehen zum Verschieben, Mausrad zum Zoomen, Ziehen mit rechter Maustaste für Fenster/Level</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Drag a line to plot the values along it</source>
        <translation>Ziehen Sie eine Linie, um die Werte entlang der Linie darzustellen</translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation>Rechteck</translation>
    </message>
    <message>
        <source>Drag a rectangle to get the statistics of its pixels</source>
        <translation>Ziehen Sie ein Rechteck, um die Statistik seiner Pixel zu erhalten</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Remove the measured line and rectangle</source>
        <translation>Gemessene Linie und gemessenes Rechteck entfernen</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Fit the image into the view (R)</source>
        <translation>Bild in die Ansicht einpassen (R)</translation>
    </message>
    <message>
        <source>1:1</source>
        <translation>1:1</translation>
    </message>
    <message>
        <source>One image pixel per screen pixel</source>
        <translation>Ein Bildpixel pro Bildschirmpixel</translation>
    </message>
    <message>
        <source>Colour map</source>
        <translation>Farbtabelle</translation>
    </message>
    <message>
        <source>Histogram</source>
        <translation>Histogramm</translation>
    </message>
    <message>
        <source>Show the histogram with the display range</source>
        <translation>Histogramm mit dem Anzeigebereich anzeigen</translation>
    </message>
    <message>
        <source>profile: %1 px, %2 samples</source>
        <translation>Profil: %1 px, %2 Abtastwerte</translation>
    </message>
    <message>
        <source>rectangle %1×%2 at (%3, %4)</source>
        <translation>Rechteck %1×%2 bei (%3, %4)</translation>
    </message>
    <message>
        <source>mean %1, std %2, min %3, max %4, %5 pixels</source>
        <translation>Mittelwert %1, Std.-Abw. %2, Min. %3, Max. %4, %5 Pixel</translation>
    </message>
    <message>
        <source>no pixels</source>
        <translation>keine Pixel</translation>
    </message>
    <message>
        <source>frame %1 (0–%2)</source>
        <translation>Bild %1 (0–%2)</translation>
    </message>
</context>
<context>
    <name>xrs::widgets::MetricPlot</name>
    <message>
        <source>Metric to plot</source>
        <translation>Darzustellende Metrik</translation>
    </message>
    <message>
        <source>frame</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Click a point to show that frame</source>
        <translation>Klicken Sie auf einen Punkt, um dieses Bild anzuzeigen</translation>
    </message>
    <message>
        <source>Per-frame metric:</source>
        <translation>Metrik pro Bild:</translation>
    </message>
    <message>
        <source>current frame</source>
        <translation>aktuelles Bild</translation>
    </message>
</context>
<context>
    <name>xrs::widgets::MetricReport</name>
    <message>
        <source>PSNR (dB)</source>
        <translation>PSNR (dB)</translation>
    </message>
    <message>
        <source>AAD</source>
        <translation>AAD</translation>
    </message>
    <message>
        <source>MSE</source>
        <translation>MSE</translation>
    </message>
</context>
<context>
    <name>xrs::widgets::OrthoSliceView</name>
    <message>
        <source>Axial (XY)</source>
        <translation>Axial (XY)</translation>
    </message>
    <message>
        <source>Coronal (XZ)</source>
        <translation>Koronal (XZ)</translation>
    </message>
    <message>
        <source>Sagittal (YZ)</source>
        <translation>Sagittal (YZ)</translation>
    </message>
    <message>
        <source>Double-click to move the crosshair there</source>
        <translation>Doppelklicken, um das Fadenkreuz dorthin zu setzen</translation>
    </message>
    <message>
        <source>Axial (XY), z = %1</source>
        <translation>Axial (XY), z = %1</translation>
    </message>
    <message>
        <source>Coronal (XZ), y = %1</source>
        <translation>Koronal (XZ), y = %1</translation>
    </message>
    <message>
        <source>Sagittal (YZ), x = %1</source>
        <translation>Sagittal (YZ), x = %1</translation>
    </message>
    <message>
        <source>(x, y, z) = (%1, %2, %3): %4</source>
        <translation>(x, y, z) = (%1, %2, %3): %4</translation>
    </message>
</context>
<context>
    <name>xrs::widgets::ProfilePlot</name>
    <message>
        <source>distance (px)</source>
        <translation>Abstand (px)</translation>
    </message>
    <message>
        <source>distance (%1)</source>
        <translation>Abstand (%1)</translation>
    </message>
</context>
<context>
    <name>xrs::widgets::TransferFunction</name>
    <message>
        <source>Grey ramp</source>
        <translation>Graurampe</translation>
    </message>
    <message>
        <source>MIP (maximum intensity)</source>
        <translation>MIP (Maximumintensität)</translation>
    </message>
    <message>
        <source>Bone / dense</source>
        <translation>Knochen / dicht</translation>
    </message>
    <message>
        <source>Soft tissue / low density</source>
        <translation>Weichgewebe / geringe Dichte</translation>
    </message>
    <message>
        <source>Isosurface-like</source>
        <translation>Isofläche</translation>
    </message>
    <message>
        <source>Slice window/level</source>
        <translation>Fenster/Level der Schnitte</translation>
    </message>
</context>
<context>
    <name>xrs::widgets::TryCenterStrip</name>
    <message>
        <source>centre %1</source>
        <translation>Zentrum %1</translation>
    </message>
    <message>
        <source>Click to use centre %1</source>
        <translation>Klicken, um Zentrum %1 zu verwenden</translation>
    </message>
    <message>
        <source>%1 (chosen)</source>
        <translation>%1 (gewählt)</translation>
    </message>
</context>
<context>
    <name>xrs::widgets::VolumeView</name>
    <message>
        <source>Drag to rotate, wheel to zoom, Ctrl+click on a slice plane to move the crosshair there</source>
        <translation>Ziehen dreht, Mausrad zoomt, Strg+Klick auf eine Schnittebene setzt das Fadenkreuz dorthin</translation>
    </message>
    <message>
        <source>How values become colour and opacity in 3D</source>
        <translation>Wie Werte in 3D zu Farbe und Deckkraft werden</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>Deckkraft</translation>
    </message>
    <message>
        <source>Scales the opacity of the transfer function</source>
        <translation>Skaliert die Deckkraft der Transferfunktion</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Schwelle</translation>
    </message>
    <message>
        <source>Threshold, step or peak of the preset within the volume&apos;s value range</source>
        <translation>Schwelle, Stufe oder Maximum der Vorlage im Wertebereich des Volumens</translation>
    </message>
    <message>
        <source>Slices</source>
        <translation>Schnitte</translation>
    </message>
    <message>
        <source>Show the three slice planes at the crosshair</source>
        <translation>Die drei Schnittebenen am Fadenkreuz zeigen</translation>
    </message>
    <message>
        <source>Reset camera</source>
        <translation>Kamera zurücksetzen</translation>
    </message>
    <message>
        <source>GPU ray casting</source>
        <translation>GPU-Raycasting</translation>
    </message>
    <message>
        <source>CPU ray casting</source>
        <translation>CPU-Raycasting</translation>
    </message>
</context>
</TS>
