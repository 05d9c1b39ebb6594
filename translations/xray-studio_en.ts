<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Launcher</name>
    <message>
        <source>X-ray Studio: viewing, fusion, denoising and CT reconstruction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIFF or HDF5 files (or TIFF folders) to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run `xrs demo DIR` and show its videos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When everything is shown, save the window as a PNG and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit after N milliseconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User-interface language (en, ja).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--quit-after-ms needs a number of milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xrs::app::ImagePane</name>
    <message>
        <source>Close this pane</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xrs::app::JobsPanel</name>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Job</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xrs::app::MainWindow</name>
    <message>
        <source>X-ray Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an image stack with File → Open… (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open TIFF or HDF5 files, each in its own pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a folder of TIFF files as one stack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close All Panes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Image Stacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image stacks (*.tif *.tiff *.h5 *.hdf5 *.hdf *.nxs);;TIFF (*.tif *.tiff);;HDF5 (*.h5 *.hdf5 *.hdf *.nxs);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open TIFF Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job “%1” %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo job failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xrs::remote::LocalRunner</name>
    <message>
        <source>cancelled before it started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped after the time limit of %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 crashed (signal %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exited with code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected output missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not start %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xrs::widgets::ImageView</name>
    <message>
        <source>Frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot show frame %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frame %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1, %2) = %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
