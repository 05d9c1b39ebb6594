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
        <source>frame %1/%2, ×%3 %4</source>
        <translation>Bild %1/%2, ×%3 %4</translation>
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
        <source>HR frame %1/%2, same time</source>
        <translation>HR-Bild %1/%2, gleicher Zeitpunkt</translation>
    </message>
    <message>
        <source>HR frame %1/%2, Δt = %3 frames</source>
        <translation>HR-Bild %1/%2, Δt = %3 Bilder</translation>
    </message>
    <message>
        <source>frame %1/%2</source>
        <translation>Bild %1/%2</translation>
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
        <source>frame %1/%2</source>
        <translation>Bild %1/%2</translation>
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
</TS>
