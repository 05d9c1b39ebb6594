<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ExportMenu</name>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>&amp;TIFF Stack…</source>
        <translation>&amp;TIFF Stack…</translation>
    </message>
    <message>
        <source>&amp;Screenshot of the View (PNG)…</source>
        <translation>&amp;Screenshot of the View (PNG)…</translation>
    </message>
    <message>
        <source>Screenshot of the &amp;Layout (PNG)…</source>
        <translation>Screenshot of the &amp;Layout (PNG)…</translation>
    </message>
    <message>
        <source>&amp;Movie of the Sequence…</source>
        <translation>&amp;Movie of the Sequence…</translation>
    </message>
    <message>
        <source>Movie of the &amp;Comparison Layout…</source>
        <translation>Movie of the &amp;Comparison Layout…</translation>
    </message>
    <message>
        <source>Metric &amp;Report (PDF)…</source>
        <translation>Metric &amp;Report (PDF)…</translation>
    </message>
    <message>
        <source>Nothing to export: open an image stack or a comparison first.</source>
        <translation>Nothing to export: open an image stack or a comparison first.</translation>
    </message>
    <message>
        <source>The comparison layout is not shown.</source>
        <translation>The comparison layout is not shown.</translation>
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
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Exported %1</translation>
    </message>
    <message>
        <source>Export cancelled: %1</source>
        <translation>Export cancelled: %1</translation>
    </message>
    <message>
        <source>Export TIFF Stack</source>
        <translation>Export TIFF Stack</translation>
    </message>
    <message>
        <source>Data type:</source>
        <translation>Data type:</translation>
    </message>
    <message>
        <source>Range low (integer types):</source>
        <translation>Range low (integer types):</translation>
    </message>
    <message>
        <source>Range high (integer types):</source>
        <translation>Range high (integer types):</translation>
    </message>
    <message>
        <source>First frame:</source>
        <translation>First frame:</translation>
    </message>
    <message>
        <source>Last frame:</source>
        <translation>Last frame:</translation>
    </message>
    <message>
        <source>Only the rectangle drawn in the view</source>
        <translation>Only the rectangle drawn in the view</translation>
    </message>
    <message>
        <source>TIFF (*.tif *.tiff)</source>
        <translation>TIFF (*.tif *.tiff)</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>Exporting %1…</translation>
    </message>
    <message>
        <source>Save Screenshot</source>
        <translation>Save Screenshot</translation>
    </message>
    <message>
        <source>PNG (*.png)</source>
        <translation>PNG (*.png)</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>Saving %1…</translation>
    </message>
    <message>
        <source>Export Movie</source>
        <translation>Export Movie</translation>
    </message>
    <message>
        <source>Frames per second:</source>
        <translation>Frames per second:</translation>
    </message>
    <message>
        <source>Movies (*.mp4 *.avi)</source>
        <translation>Movies (*.mp4 *.avi)</translation>
    </message>
    <message>
        <source>Metric Report</source>
        <translation>Metric Report</translation>
    </message>
    <message>
        <source>Reports (*.json)</source>
        <translation>Reports (*.json)</translation>
    </message>
    <message>
        <source>Save Metric Report</source>
        <translation>Save Metric Report</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Writing %1…</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <source>X-ray Studio: viewing, fusion, denoising and CT reconstruction.</source>
        <translation>X-ray Studio: viewing, fusion, denoising and CT reconstruction.</translation>
    </message>
    <message>
        <source>TIFF or HDF5 files (or TIFF folders) to open.</source>
        <translation>TIFF or HDF5 files (or TIFF folders) to open.</translation>
    </message>
    <message>
        <source>Run `xrs demo DIR` and show its videos.</source>
        <translation>Run `xrs demo DIR` and show its videos.</translation>
    </message>
    <message>
        <source>When everything is shown, save the window as a PNG and quit.</source>
        <translation>When everything is shown, save the window as a PNG and quit.</translation>
    </message>
    <message>
        <source>Quit after N milliseconds.</source>
        <translation>Quit after N milliseconds.</translation>
    </message>
    <message>
        <source>--quit-after-ms needs a number of milliseconds</source>
        <translation>--quit-after-ms needs a number of milliseconds</translation>
    </message>
    <message>
        <source>Show an existing `xrs demo` output folder in the comparison layout.</source>
        <translation>Show an existing `xrs demo` output folder in the comparison layout.</translation>
    </message>
    <message>
        <source>User-interface language (%1).</source>
        <translation>User-interface language (%1).</translation>
    </message>
    <message>
        <source>Open a saved session (File → Save Session).</source>
        <translation>Open a saved session (File → Save Session).</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Unknown Host Key</source>
        <translation>Unknown Host Key</translation>
    </message>
    <message>
        <source>The host %1 (port %2) is not known yet.
Its %3 key fingerprint is
%4

Accept it only if it matches the fingerprint the host&apos;s administrators published.</source>
        <translation>The host %1 (port %2) is not known yet.
Its %3 key fingerprint is
%4

Accept it only if it matches the fingerprint the host&apos;s administrators published.</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Refuse</translation>
    </message>
    <message>
        <source>Accept Once</source>
        <translation>Accept Once</translation>
    </message>
    <message>
        <source>Accept and Save</source>
        <translation>Accept and Save</translation>
    </message>
    <message>
        <source>Host Key Refused</source>
        <translation>Host Key Refused</translation>
    </message>
    <message>
        <source>%1

%2 key fingerprint: %3</source>
        <translation>%1

%2 key fingerprint: %3</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Password for %1:</translation>
    </message>
    <message>
        <source>Key Passphrase</source>
        <translation>Key Passphrase</translation>
    </message>
    <message>
        <source>Passphrase for %1:</source>
        <translation>Passphrase for %1:</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>Metric report</source>
        <translation>Metric report</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>Generated %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metric</translation>
    </message>
    <message>
        <source>Per-frame values</source>
        <translation>Per-frame values</translation>
    </message>
    <message>
        <source>Best and worst frames</source>
        <translation>Best and worst frames</translation>
    </message>
    <message>
        <source>Best: frame %1 (%2)</source>
        <translation>Best: frame %1 (%2)</translation>
    </message>
    <message>
        <source>Worst: frame %1 (%2)</source>
        <translation>Worst: frame %1 (%2)</translation>
    </message>
    <message>
        <source>Parameters and provenance</source>
        <translation>Parameters and provenance</translation>
    </message>
    <message>
        <source>Report file</source>
        <translation>Report file</translation>
    </message>
    <message>
        <source>ground truth</source>
        <translation>ground truth</translation>
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
        <translation> (commit %1)</translation>
    </message>
    <message>
        <source>Build: %1, %2</source>
        <translation>Build: %1, %2</translation>
    </message>
    <message>
        <source>unknown type</source>
        <translation>unknown type</translation>
    </message>
    <message>
        <source>Qt %1 (built with %2)</source>
        <translation>Qt %1 (built with %2)</translation>
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
        <translation>Compute devices: asking the engine…</translation>
    </message>
    <message>
        <source>System: %1, %2</source>
        <translation>System: %1, %2</translation>
    </message>
    <message>
        <source>About X-ray Studio</source>
        <translation>About X-ray Studio</translation>
    </message>
    <message>
        <source>&lt;b&gt;X-ray Studio&lt;/b&gt;&lt;br&gt;Viewing, fusion, denoising and CT reconstruction for synchrotron x-ray imaging.</source>
        <translation>&lt;b&gt;X-ray Studio&lt;/b&gt;&lt;br&gt;Viewing, fusion, denoising and CT reconstruction for synchrotron x-ray imaging.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
</context>
<context>
    <name>xrs::app::BrowserDock</name>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>&amp;Watch Folder…</source>
        <translation>&amp;Watch Folder…</translation>
    </message>
    <message>
        <source>List the files of a folder as a detector finishes writing them</source>
        <translation>List the files of a folder as a detector finishes writing them</translation>
    </message>
    <message>
        <source>Follow Newest</source>
        <translation>Follow Newest</translation>
    </message>
    <message>
        <source>Show each new complete file of a watched folder in the “Live” pane</source>
        <translation>Show each new complete file of a watched folder in the “Live” pane</translation>
    </message>
    <message>
        <source>Data browser: %1</source>
        <translation>Data browser: %1</translation>
    </message>
    <message>
        <source>Choose a dataset of %1 in the Data browser</source>
        <translation>Choose a dataset of %1 in the Data browser</translation>
    </message>
    <message>
        <source>%1 is already open</source>
        <translation>%1 is already open</translation>
    </message>
    <message>
        <source>Watch Folder</source>
        <translation>Watch Folder</translation>
    </message>
    <message>
        <source>Watching %1</source>
        <translation>Watching %1</translation>
    </message>
    <message>
        <source>New file %1</source>
        <translation>New file %1</translation>
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
        <translation>%1 (fetched)</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Elapsed</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Scheduler ID</source>
        <translation>Scheduler ID</translation>
    </message>
</context>
<context>
    <name>xrs::app::ClusterJobsPanel</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Fetch</source>
        <translation>Fetch</translation>
    </message>
    <message>
        <source>Log Tail</source>
        <translation>Log Tail</translation>
    </message>
    <message>
        <source>Open Results</source>
        <translation>Open Results</translation>
    </message>
    <message>
        <source>Cancelling %1…</source>
        <translation>Cancelling %1…</translation>
    </message>
    <message>
        <source>Cancelled %1</source>
        <translation>Cancelled %1</translation>
    </message>
    <message>
        <source>Polling the schedulers…</source>
        <translation>Polling the schedulers…</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) still watched</source>
        <translation>
            <numerusform>%n job still watched</numerusform>
            <numerusform>%n jobs still watched</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the log of %1…</source>
        <translation>Reading the log of %1…</translation>
    </message>
    <message>
        <source>Log of %1 read</source>
        <translation>Log of %1 read</translation>
    </message>
    <message>
        <source>Open results when fetched</source>
        <translation>Open results when fetched</translation>
    </message>
    <message>
        <source>Show each completed job&apos;s outputs next to its inputs once they are here</source>
        <translation>Show each completed job&apos;s outputs next to its inputs once they are here</translation>
    </message>
    <message>
        <source>Opening the results of %1</source>
        <translation>Opening the results of %1</translation>
    </message>
    <message>
        <source>No cluster jobs yet: submit one with Cluster → Submit…</source>
        <translation>No cluster jobs yet: submit one with Cluster → Submit…</translation>
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
        <translation>%1: %2, %3 GiB free of %4</translation>
    </message>
    <message>
        <source>Compute devices unknown: %1</source>
        <translation>Compute devices unknown: %1</translation>
    </message>
    <message>
        <source>the xrs engine did not answer</source>
        <translation>the xrs engine did not answer</translation>
    </message>
    <message numerus="yes">
        <source>CPU: %1, %n threads</source>
        <translation>
            <numerusform>CPU: %1, %n thread</numerusform>
            <numerusform>CPU: %1, %n threads</numerusform>
        </translation>
    </message>
    <message>
        <source>CUDA: engine built without CUDA</source>
        <translation>CUDA: engine built without CUDA</translation>
    </message>
    <message>
        <source>CUDA: runtime %1, driver %2: %3</source>
        <translation>CUDA: runtime %1, driver %2: %3</translation>
    </message>
    <message>
        <source>%1 (compute %2, %3 SMs)</source>
        <translation>%1 (compute %2, %3 SMs)</translation>
    </message>
    <message>
        <source>LibTorch %1 (CUDA %2)</source>
        <translation>LibTorch %1 (CUDA %2)</translation>
    </message>
    <message>
        <source>available</source>
        <translation>available</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>not available</translation>
    </message>
    <message>
        <source>LibTorch: engine built without it</source>
        <translation>LibTorch: engine built without it</translation>
    </message>
</context>
<context>
    <name>xrs::app::DenoiseForm</name>
    <message>
        <source>Denoise (Noise2Inverse)</source>
        <translation>Denoise (Noise2Inverse)</translation>
    </message>
    <message>
        <source>Raw scan: DXchange HDF5, or TIFF projections with flats and darks</source>
        <translation>Raw scan: DXchange HDF5, or TIFF projections with flats and darks</translation>
    </message>
    <message>
        <source>Denoised volume</source>
        <translation>Denoised volume</translation>
    </message>
    <message>
        <source>Output volume (.tif or .h5)</source>
        <translation>Output volume (.tif or .h5)</translation>
    </message>
    <message>
        <source>Volumes (*.tif *.h5)</source>
        <translation>Volumes (*.tif *.h5)</translation>
    </message>
    <message>
        <source>Checkpoint folder</source>
        <translation>Checkpoint folder</translation>
    </message>
    <message>
        <source>Split reconstructions and network checkpoints; a run there is resumed. Empty: the output name + .n2i</source>
        <translation>Split reconstructions and network checkpoints; a run there is resumed. Empty: the output name + .n2i</translation>
    </message>
    <message>
        <source>Detector rows</source>
        <translation>Detector rows</translation>
    </message>
    <message>
        <source>Rows a:b to reconstruct; empty: all rows</source>
        <translation>Rows a:b to reconstruct; empty: all rows</translation>
    </message>
    <message>
        <source>all</source>
        <translation>all</translation>
    </message>
    <message>
        <source>Find the rotation centre automatically</source>
        <translation>Find the rotation centre automatically</translation>
    </message>
    <message>
        <source>Off: use the centre below for the split reconstructions</source>
        <translation>Off: use the centre below for the split reconstructions</translation>
    </message>
    <message>
        <source>Rotation centre</source>
        <translation>Rotation centre</translation>
    </message>
    <message>
        <source>Rotation axis in detector pixels</source>
        <translation>Rotation axis in detector pixels</translation>
    </message>
    <message>
        <source>Projection splits</source>
        <translation>Projection splits</translation>
    </message>
    <message>
        <source>Interleaved subsets of the projections reconstructed separately (K)</source>
        <translation>Interleaved subsets of the projections reconstructed separately (K)</translation>
    </message>
    <message>
        <source>Context slices</source>
        <translation>Context slices</translation>
    </message>
    <message>
        <source>±n neighbouring slices the network sees (2.5D)</source>
        <translation>±n neighbouring slices the network sees (2.5D)</translation>
    </message>
    <message>
        <source>Network levels</source>
        <translation>Network levels</translation>
    </message>
    <message>
        <source>U-Net levels (depth); a trained checkpoint fixes it</source>
        <translation>U-Net levels (depth); a trained checkpoint fixes it</translation>
    </message>
    <message>
        <source>Network width</source>
        <translation>Network width</translation>
    </message>
    <message>
        <source>U-Net channels at full resolution; a trained checkpoint fixes it</source>
        <translation>U-Net channels at full resolution; a trained checkpoint fixes it</translation>
    </message>
    <message>
        <source>Training epochs</source>
        <translation>Training epochs</translation>
    </message>
    <message>
        <source>0: use the checkpoint as it is (no training)</source>
        <translation>0: use the checkpoint as it is (no training)</translation>
    </message>
    <message>
        <source>Samples per epoch</source>
        <translation>Samples per epoch</translation>
    </message>
    <message>
        <source>Training samples per epoch</source>
        <translation>Training samples per epoch</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>Patches per training step</source>
        <translation>Patches per training step</translation>
    </message>
    <message>
        <source>Patch size</source>
        <translation>Patch size</translation>
    </message>
    <message>
        <source>Training patch side in pixels</source>
        <translation>Training patch side in pixels</translation>
    </message>
    <message>
        <source>Inference tile</source>
        <translation>Inference tile</translation>
    </message>
    <message>
        <source>Tile side for denoising large slices</source>
        <translation>Tile side for denoising large slices</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Random seed (weights and patch sampling)</source>
        <translation>Random seed (weights and patch sampling)</translation>
    </message>
    <message>
        <source>Denoise %1</source>
        <translation>Denoise %1</translation>
    </message>
    <message>
        <source>Detector rows: “%1” must look like a:b</source>
        <translation>Detector rows: “%1” must look like a:b</translation>
    </message>
    <message>
        <source>Training epochs: 0 needs a trained checkpoint folder, and %1 does not exist</source>
        <translation>Training epochs: 0 needs a trained checkpoint folder, and %1 does not exist</translation>
    </message>
</context>
<context>
    <name>xrs::app::DisplayUndo</name>
    <message>
        <source>Link Window/Level</source>
        <translation>Link Window/Level</translation>
    </message>
    <message>
        <source>Unlink Window/Level</source>
        <translation>Unlink Window/Level</translation>
    </message>
    <message>
        <source>Colormap</source>
        <translation>Colormap</translation>
    </message>
    <message>
        <source>Window/Level</source>
        <translation>Window/Level</translation>
    </message>
</context>
<context>
    <name>xrs::app::FuseForm</name>
    <message>
        <source>Fuse (SWIN-XVR)</source>
        <translation>Fuse (SWIN-XVR)</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Input</translation>
    </message>
    <message>
        <source>manifest.json of xrs synth / xrs sample video (names the LR and HR videos and their frame times), or the LR stack</source>
        <translation>manifest.json of xrs synth / xrs sample video (names the LR and HR videos and their frame times), or the LR stack</translation>
    </message>
    <message>
        <source>Manifest or stack (*.json *.tif *.tiff *.h5);;All files (*)</source>
        <translation>Manifest or stack (*.json *.tif *.tiff *.h5);;All files (*)</translation>
    </message>
    <message>
        <source>HR stack</source>
        <translation>HR stack</translation>
    </message>
    <message>
        <source>HR frames (4× the LR size); empty: from the manifest</source>
        <translation>HR frames (4× the LR size); empty: from the manifest</translation>
    </message>
    <message>
        <source>Stacks (*.tif *.tiff *.h5);;All files (*)</source>
        <translation>Stacks (*.tif *.tiff *.h5);;All files (*)</translation>
    </message>
    <message>
        <source>HR frame step</source>
        <translation>HR frame step</translation>
    </message>
    <message>
        <source>Without a manifest: LR frame i is at time i, HR frame j at time j·step</source>
        <translation>Without a manifest: LR frame i is at time i, HR frame j at time j·step</translation>
    </message>
    <message>
        <source>from the manifest</source>
        <translation>from the manifest</translation>
    </message>
    <message>
        <source>Model checkpoint</source>
        <translation>Model checkpoint</translation>
    </message>
    <message>
        <source>net_g_*.pth of a training run (EMA weights preferred); empty: random weights, for testing only</source>
        <translation>net_g_*.pth of a training run (EMA weights preferred); empty: random weights, for testing only</translation>
    </message>
    <message>
        <source>Checkpoints (*.pth);;All files (*)</source>
        <translation>Checkpoints (*.pth);;All files (*)</translation>
    </message>
    <message>
        <source>Model preset</source>
        <translation>Model preset</translation>
    </message>
    <message>
        <source>Network size: found from the checkpoint, or given (random weights need one)</source>
        <translation>Network size: found from the checkpoint, or given (random weights need one)</translation>
    </message>
    <message>
        <source>from the checkpoint</source>
        <translation>from the checkpoint</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>baseline</translation>
    </message>
    <message>
        <source>paper</source>
        <translation>paper</translation>
    </message>
    <message>
        <source>LR frames per window</source>
        <translation>LR frames per window</translation>
    </message>
    <message>
        <source>Neighbouring LR frames the network sees (must match the checkpoint)</source>
        <translation>Neighbouring LR frames the network sees (must match the checkpoint)</translation>
    </message>
    <message>
        <source>Tile size</source>
        <translation>Tile size</translation>
    </message>
    <message>
        <source>Tile side in LR pixels for frames too large for the device memory; whole frames: no tiling</source>
        <translation>Tile side in LR pixels for frames too large for the device memory; whole frames: no tiling</translation>
    </message>
    <message>
        <source>whole frames</source>
        <translation>whole frames</translation>
    </message>
    <message>
        <source>Tile overlap</source>
        <translation>Tile overlap</translation>
    </message>
    <message>
        <source>Overlap of the tiles in LR pixels (blended)</source>
        <translation>Overlap of the tiles in LR pixels (blended)</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>Network inputs per forward pass</source>
        <translation>Network inputs per forward pass</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Precision</translation>
    </message>
    <message>
        <source>fp32, or bf16/fp16 autocast (CUDA only: faster, slightly different numbers)</source>
        <translation>fp32, or bf16/fp16 autocast (CUDA only: faster, slightly different numbers)</translation>
    </message>
    <message>
        <source>Data type</source>
        <translation>Data type</translation>
    </message>
    <message>
        <source>float32, or uint16 ([0, 1] → 0..65535)</source>
        <translation>float32, or uint16 ([0, 1] → 0..65535)</translation>
    </message>
    <message>
        <source>Output video</source>
        <translation>Output video</translation>
    </message>
    <message>
        <source>Fused HR video (.tif or .h5). Named video/fused.tif next to lr.tif, it opens in the comparison layout</source>
        <translation>Fused HR video (.tif or .h5). Named video/fused.tif next to lr.tif, it opens in the comparison layout</translation>
    </message>
    <message>
        <source>Stacks (*.tif *.h5)</source>
        <translation>Stacks (*.tif *.h5)</translation>
    </message>
    <message>
        <source>Checkpoint from training: %1</source>
        <translation>Checkpoint from training: %1</translation>
    </message>
    <message>
        <source>Fuse %1</source>
        <translation>Fuse %1</translation>
    </message>
    <message>
        <source>HR stack: an LR stack as input needs its HR stack (or give a manifest)</source>
        <translation>HR stack: an LR stack as input needs its HR stack (or give a manifest)</translation>
    </message>
    <message>
        <source>HR frame step: an LR stack as input needs the HR step (or give a manifest)</source>
        <translation>HR frame step: an LR stack as input needs the HR step (or give a manifest)</translation>
    </message>
    <message>
        <source>Model preset: without a checkpoint (random weights, for testing) choose a preset</source>
        <translation>Model preset: without a checkpoint (random weights, for testing) choose a preset</translation>
    </message>
    <message>
        <source>Precision: bf16 and fp16 need a CUDA device</source>
        <translation>Precision: bf16 and fp16 need a CUDA device</translation>
    </message>
</context>
<context>
    <name>xrs::app::HostProfileDialog</name>
    <message>
        <source>Host Profiles</source>
        <translation>Host Profiles</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Import ~/.ssh/config</source>
        <translation>Import ~/.ssh/config</translation>
    </message>
    <message>
        <source>Test Connection</source>
        <translation>Test Connection</translation>
    </message>
    <message>
        <source>one shell line each, e.g. module load cuda</source>
        <translation>one shell line each, e.g. module load cuda</translation>
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
        <translation>User</translation>
    </message>
    <message>
        <source>Jump host</source>
        <translation>Jump host</translation>
    </message>
    <message>
        <source>Identity file</source>
        <translation>Identity file</translation>
    </message>
    <message>
        <source>Scheduler</source>
        <translation>Scheduler</translation>
    </message>
    <message>
        <source>Work directory</source>
        <translation>Work directory</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environment</translation>
    </message>
    <message>
        <source>Engine command</source>
        <translation>Engine command</translation>
    </message>
    <message>
        <source>Partition / queue</source>
        <translation>Partition / queue</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Nodes</translation>
    </message>
    <message>
        <source>GPUs per node</source>
        <translation>GPUs per node</translation>
    </message>
    <message>
        <source>CPUs per task</source>
        <translation>CPUs per task</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Memory</translation>
    </message>
    <message>
        <source>Wall time</source>
        <translation>Wall time</translation>
    </message>
    <message numerus="yes">
        <source>%n profile(s) from %1</source>
        <translation>
            <numerusform>%n profile from %1</numerusform>
            <numerusform>%n profiles from %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n host(s) from %1</source>
        <translation>
            <numerusform>Imported %n host from %1</numerusform>
            <numerusform>Imported %n hosts from %1</numerusform>
        </translation>
    </message>
    <message>
        <source>new-host</source>
        <translation>new-host</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connecting to %1…</translation>
    </message>
    <message>
        <source>Connected to %1, but a command failed (status %2): %3</source>
        <translation>Connected to %1, but a command failed (status %2): %3</translation>
    </message>
    <message>
        <source>OK: %1 — connected in %2 ms, command round trip %3 ms</source>
        <translation>OK: %1 — connected in %2 ms, command round trip %3 ms</translation>
    </message>
</context>
<context>
    <name>xrs::app::ImagePane</name>
    <message>
        <source>Close this pane</source>
        <translation>Close this pane</translation>
    </message>
</context>
<context>
    <name>xrs::app::JobResults</name>
    <message>
        <source>the LR input is not on this machine</source>
        <translation>the LR input is not on this machine</translation>
    </message>
    <message>
        <source>the input is not on this machine</source>
        <translation>the input is not on this machine</translation>
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
        <translation>State</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Cancel Job</source>
        <translation>Cancel Job</translation>
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
        <translation>Open an image stack with File → Open… (Ctrl+O)</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Open TIFF or HDF5 files, each in its own pane</source>
        <translation>Open TIFF or HDF5 files, each in its own pane</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>Open &amp;Folder…</translation>
    </message>
    <message>
        <source>Open a folder of TIFF files as one stack</source>
        <translation>Open a folder of TIFF files as one stack</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Main</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Open Image Stacks</source>
        <translation>Open Image Stacks</translation>
    </message>
    <message>
        <source>Image stacks (*.tif *.tiff *.h5 *.hdf5 *.hdf *.nxs);;TIFF (*.tif *.tiff);;HDF5 (*.h5 *.hdf5 *.hdf *.nxs);;All files (*)</source>
        <translation>Image stacks (*.tif *.tiff *.h5 *.hdf5 *.hdf *.nxs);;TIFF (*.tif *.tiff);;HDF5 (*.h5 *.hdf5 *.hdf *.nxs);;All files (*)</translation>
    </message>
    <message>
        <source>Open TIFF Folder</source>
        <translation>Open TIFF Folder</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>Cannot open %1</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>Cannot read %1</translation>
    </message>
    <message>
        <source>Opened %1 (%2, %3)</source>
        <translation>Opened %1 (%2, %3)</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Opened %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Demo data in %1</source>
        <translation>Demo data in %1</translation>
    </message>
    <message>
        <source>Job “%1” %2</source>
        <translation>Job “%1” %2</translation>
    </message>
    <message>
        <source>The demo job failed</source>
        <translation>The demo job failed</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Open &amp;Comparison…</source>
        <translation>Open &amp;Comparison…</translation>
    </message>
    <message>
        <source>Compare LR, HR, reconstruction and ground truth of a demo or synth folder</source>
        <translation>Compare LR, HR, reconstruction and ground truth of a demo or synth folder</translation>
    </message>
    <message>
        <source>Open Demo or Synth Folder</source>
        <translation>Open Demo or Synth Folder</translation>
    </message>
    <message>
        <source>Cannot compare %1</source>
        <translation>Cannot compare %1</translation>
    </message>
    <message>
        <source>Comparison: %1</source>
        <translation>Comparison: %1</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparison</translation>
    </message>
    <message>
        <source>Comparison of %1: %2 frames</source>
        <translation>Comparison of %1: %2 frames</translation>
    </message>
    <message>
        <source>Open &amp;Volume…</source>
        <translation>Open &amp;Volume…</translation>
    </message>
    <message>
        <source>Show a CT volume in orthogonal slices with a crosshair</source>
        <translation>Show a CT volume in orthogonal slices with a crosshair</translation>
    </message>
    <message>
        <source>Open Volume</source>
        <translation>Open Volume</translation>
    </message>
    <message>
        <source>Volumes (*.tif *.tiff *.h5 *.hdf5 *.hdf *.nxs);;All files (*)</source>
        <translation>Volumes (*.tif *.tiff *.h5 *.hdf5 *.hdf *.nxs);;All files (*)</translation>
    </message>
    <message>
        <source>Volume: %1</source>
        <translation>Volume: %1</translation>
    </message>
    <message>
        <source>Opened %1 in orthogonal slices</source>
        <translation>Opened %1 in orthogonal slices</translation>
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
        <translation>&amp;Submit…</translation>
    </message>
    <message>
        <source>Cluster job %1 submitted</source>
        <translation>Cluster job %1 submitted</translation>
    </message>
    <message>
        <source>Cluster &amp;Jobs</source>
        <translation>Cluster &amp;Jobs</translation>
    </message>
    <message>
        <source>Cluster Jobs</source>
        <translation>Cluster Jobs</translation>
    </message>
    <message>
        <source>---- log of cluster job %1 ----</source>
        <translation>---- log of cluster job %1 ----</translation>
    </message>
    <message>
        <source>Close &amp;All Panes</source>
        <translation>Close &amp;All Panes</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation>Undo History</translation>
    </message>
    <message>
        <source>Open &amp;Session…</source>
        <translation>Open &amp;Session…</translation>
    </message>
    <message>
        <source>Open Session</source>
        <translation>Open Session</translation>
    </message>
    <message>
        <source>X-ray Studio sessions (%1);;All files (*)</source>
        <translation>X-ray Studio sessions (%1);;All files (*)</translation>
    </message>
    <message>
        <source>Save Session</source>
        <translation>Save Session</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About X-ray Studio</source>
        <translation>&amp;About X-ray Studio</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>Error: cannot open the session %1: %2</source>
        <translation>Error: cannot open the session %1: %2</translation>
    </message>
    <message>
        <source>Cannot open the session %1</source>
        <translation>Cannot open the session %1</translation>
    </message>
    <message>
        <source>Opened the session %1</source>
        <translation>Opened the session %1</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>missing: %1</translation>
    </message>
    <message>
        <source>cannot be opened: %1</source>
        <translation>cannot be opened: %1</translation>
    </message>
    <message>
        <source>Session: %1</source>
        <translation>Session: %1</translation>
    </message>
    <message>
        <source>Parts of the session %1 could not be restored; the rest is open.</source>
        <translation>Parts of the session %1 could not be restored; the rest is open.</translation>
    </message>
    <message>
        <source>Saved the session %1</source>
        <translation>Saved the session %1</translation>
    </message>
    <message>
        <source>(original)</source>
        <translation>(original)</translation>
    </message>
    <message>
        <source>Save Sessio&amp;n…</source>
        <translation>Save Sessio&amp;n…</translation>
    </message>
    <message>
        <source>Results of %1: %2</source>
        <translation>Results of %1: %2</translation>
    </message>
    <message>
        <source>Cannot compare the results of %1</source>
        <translation>Cannot compare the results of %1</translation>
    </message>
    <message>
        <source>Cluster job %1: no results to show</source>
        <translation>Cluster job %1: no results to show</translation>
    </message>
    <message>
        <source>Session: transfer function not restored: %1</source>
        <translation>Session: transfer function not restored: %1</translation>
    </message>
    <message>
        <source>Reading %1: %2%</source>
        <translation>Reading %1: %2%</translation>
    </message>
</context>
<context>
    <name>xrs::app::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>System default</translation>
    </message>
    <message>
        <source>Applies when X-ray Studio starts again</source>
        <translation>Applies when X-ray Studio starts again</translation>
    </message>
    <message>
        <source>Nearest</source>
        <translation>Nearest</translation>
    </message>
    <message>
        <source>Bicubic</source>
        <translation>Bicubic</translation>
    </message>
    <message>
        <source>Restore the window size and dock layout at start</source>
        <translation>Restore the window size and dock layout at start</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>&amp;Colour map of new panes:</source>
        <translation>&amp;Colour map of new panes:</translation>
    </message>
    <message>
        <source>&amp;Automatic range of new panes:</source>
        <translation>&amp;Automatic range of new panes:</translation>
    </message>
    <message>
        <source>Compute &amp;device:</source>
        <translation>Compute &amp;device:</translation>
    </message>
    <message>
        <source>Comparison &amp;upscaling:</source>
        <translation>Comparison &amp;upscaling:</translation>
    </message>
    <message>
        <source>&amp;Recent files listed:</source>
        <translation>&amp;Recent files listed:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>The new language applies when X-ray Studio starts again. Restart now?</source>
        <translation>The new language applies when X-ray Studio starts again. Restart now?</translation>
    </message>
</context>
<context>
    <name>xrs::app::PropertiesDock</name>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
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
        <translation>Reconstructed</translation>
    </message>
    <message>
        <source>Reconstructed (%1)</source>
        <translation>Reconstructed (%1)</translation>
    </message>
    <message>
        <source>Ground truth</source>
        <translation>Ground truth</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Properties</translation>
    </message>
    <message>
        <source>Click an image to see its properties.</source>
        <translation>Click an image to see its properties.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source:</translation>
    </message>
    <message>
        <source>Dataset:</source>
        <translation>Dataset:</translation>
    </message>
    <message>
        <source>Shape:</source>
        <translation>Shape:</translation>
    </message>
    <message>
        <source>frames × rows × columns</source>
        <translation>frames × rows × columns</translation>
    </message>
    <message>
        <source>Frame:</source>
        <translation>Frame:</translation>
    </message>
    <message>
        <source>Data type:</source>
        <translation>Data type:</translation>
    </message>
    <message>
        <source>File range:</source>
        <translation>File range:</translation>
    </message>
    <message>
        <source>Frame range:</source>
        <translation>Frame range:</translation>
    </message>
    <message>
        <source>Pixel size:</source>
        <translation>Pixel size:</translation>
    </message>
    <message>
        <source>Frame memory:</source>
        <translation>Frame memory:</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Display</translation>
    </message>
    <message>
        <source>Colour map:</source>
        <translation>Colour map:</translation>
    </message>
    <message>
        <source>Window low:</source>
        <translation>Window low:</translation>
    </message>
    <message>
        <source>Window high:</source>
        <translation>Window high:</translation>
    </message>
    <message>
        <source>Auto Range</source>
        <translation>Auto Range</translation>
    </message>
    <message>
        <source>Window from the 0.35 and 99.65 percentiles of the frame shown</source>
        <translation>Window from the 0.35 and 99.65 percentiles of the frame shown</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadata</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <source>No provenance recorded</source>
        <translation>No provenance recorded</translation>
    </message>
    <message>
        <source>Comparison: %1</source>
        <translation>Comparison: %1</translation>
    </message>
    <message>
        <source>XY slice</source>
        <translation>XY slice</translation>
    </message>
    <message>
        <source>XZ slice</source>
        <translation>XZ slice</translation>
    </message>
    <message>
        <source>YZ slice</source>
        <translation>YZ slice</translation>
    </message>
    <message>
        <source>Volume: %1 (%2)</source>
        <translation>Volume: %1 (%2)</translation>
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
        <translation>Image</translation>
    </message>
    <message>
        <source>in memory</source>
        <translation>in memory</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message numerus="yes">
        <source>%n frames × %1 × %2</source>
        <translation>
            <numerusform>%n frame × %1 × %2</numerusform>
            <numerusform>%n frames × %1 × %2</numerusform>
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
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (missing)</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>No recent files</translation>
    </message>
    <message>
        <source>&amp;Remove Missing</source>
        <translation>&amp;Remove Missing</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>&amp;Clear</translation>
    </message>
</context>
<context>
    <name>xrs::app::ReconForm</name>
    <message>
        <source>Reconstruct CT</source>
        <translation>Reconstruct CT</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Scan</translation>
    </message>
    <message>
        <source>DXchange HDF5 file, or TIFF projections (file or folder) with flats and darks</source>
        <translation>DXchange HDF5 file, or TIFF projections (file or folder) with flats and darks</translation>
    </message>
    <message>
        <source>Output volume</source>
        <translation>Output volume</translation>
    </message>
    <message>
        <source>Reconstructed volume: .tif or .h5 (written atomically: it appears only when complete)</source>
        <translation>Reconstructed volume: .tif or .h5 (written atomically: it appears only when complete)</translation>
    </message>
    <message>
        <source>Volumes (*.tif *.h5)</source>
        <translation>Volumes (*.tif *.h5)</translation>
    </message>
    <message>
        <source>Detector rows</source>
        <translation>Detector rows</translation>
    </message>
    <message>
        <source>Rows a:b to reconstruct (end exclusive, unbinned pixels); empty: all rows</source>
        <translation>Rows a:b to reconstruct (end exclusive, unbinned pixels); empty: all rows</translation>
    </message>
    <message>
        <source>all</source>
        <translation>all</translation>
    </message>
    <message>
        <source>Find the rotation centre automatically</source>
        <translation>Find the rotation centre automatically</translation>
    </message>
    <message>
        <source>Off: use the centre below (try several with “Try centres…”)</source>
        <translation>Off: use the centre below (try several with “Try centres…”)</translation>
    </message>
    <message>
        <source>Rotation centre</source>
        <translation>Rotation centre</translation>
    </message>
    <message>
        <source>Rotation axis in unbinned detector pixels (from the left edge)</source>
        <translation>Rotation axis in unbinned detector pixels (from the left edge)</translation>
    </message>
    <message>
        <source>Scan range</source>
        <translation>Scan range</translation>
    </message>
    <message>
        <source>180° or 360° (stitched, the axis may be off-centre); auto: from the angles</source>
        <translation>180° or 360° (stitched, the axis may be off-centre); auto: from the angles</translation>
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
        <translation>Filtered backprojection filter</translation>
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
        <translation>Cosine</translation>
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
        <translation>Ring removal</translation>
    </message>
    <message>
        <source>Stripe removal on the sinograms: sorting, Fourier filter, large stripes, or all of them</source>
        <translation>Stripe removal on the sinograms: sorting, Fourier filter, large stripes, or all of them</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>sorting (window)</source>
        <translation>sorting (window)</translation>
    </message>
    <message>
        <source>Fourier filter (sigma)</source>
        <translation>Fourier filter (sigma)</translation>
    </message>
    <message>
        <source>large stripes (window)</source>
        <translation>large stripes (window)</translation>
    </message>
    <message>
        <source>Ring parameter</source>
        <translation>Ring parameter</translation>
    </message>
    <message>
        <source>Window (odd, ≥ 3) for sorting and large stripes; sigma for the Fourier filter</source>
        <translation>Window (odd, ≥ 3) for sorting and large stripes; sigma for the Fourier filter</translation>
    </message>
    <message>
        <source>Zinger threshold</source>
        <translation>Zinger threshold</translation>
    </message>
    <message>
        <source>Remove zingers deviating from the 3×3 median by more than this fraction; 0: off</source>
        <translation>Remove zingers deviating from the 3×3 median by more than this fraction; 0: off</translation>
    </message>
    <message>
        <source>off</source>
        <translation>off</translation>
    </message>
    <message>
        <source>Binning</source>
        <translation>Binning</translation>
    </message>
    <message>
        <source>Detector binning (mean of the raw counts)</source>
        <translation>Detector binning (mean of the raw counts)</translation>
    </message>
    <message>
        <source>Data type</source>
        <translation>Data type</translation>
    </message>
    <message>
        <source>Type of the output values (integers are scaled from the value range)</source>
        <translation>Type of the output values (integers are scaled from the value range)</translation>
    </message>
    <message>
        <source>Projection storage</source>
        <translation>Projection storage</translation>
    </message>
    <message>
        <source>Precision of the filtered projections in the backprojector: half precision needs half the GPU memory and bandwidth (about 3 significant digits per sample)</source>
        <translation>Precision of the filtered projections in the backprojector: half precision needs half the GPU memory and bandwidth (about 3 significant digits per sample)</translation>
    </message>
    <message>
        <source>float32</source>
        <translation>float32</translation>
    </message>
    <message>
        <source>float16 (half)</source>
        <translation>float16 (half)</translation>
    </message>
    <message>
        <source>Rows per chunk</source>
        <translation>Rows per chunk</translation>
    </message>
    <message>
        <source>Detector rows reconstructed at a time; auto: from the memory budget</source>
        <translation>Detector rows reconstructed at a time; auto: from the memory budget</translation>
    </message>
    <message>
        <source>Memory budget</source>
        <translation>Memory budget</translation>
    </message>
    <message>
        <source>Memory for the chunks</source>
        <translation>Memory for the chunks</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Try centres</source>
        <translation>Try centres</translation>
    </message>
    <message>
        <source>Candidate centres from A to B in steps of STEP (unbinned detector pixels)</source>
        <translation>Candidate centres from A to B in steps of STEP (unbinned detector pixels)</translation>
    </message>
    <message>
        <source>middle</source>
        <translation>middle</translation>
    </message>
    <message>
        <source>The detector row whose slice is reconstructed for every candidate</source>
        <translation>The detector row whose slice is reconstructed for every candidate</translation>
    </message>
    <message>
        <source>Try Centres…</source>
        <translation>Try Centres…</translation>
    </message>
    <message>
        <source>Reconstruct the row once per candidate centre and show the slices side by side</source>
        <translation>Reconstruct the row once per candidate centre and show the slices side by side</translation>
    </message>
    <message>
        <source>Centres</source>
        <translation>Centres</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Centre set to %1</source>
        <translation>Centre set to %1</translation>
    </message>
    <message>
        <source>Reconstruct %1</source>
        <translation>Reconstruct %1</translation>
    </message>
    <message>
        <source>Output volume: %1 must end in .tif, .h5 or / (a folder)</source>
        <translation>Output volume: %1 must end in .tif, .h5 or / (a folder)</translation>
    </message>
    <message>
        <source>Detector rows: “%1” must look like a:b</source>
        <translation>Detector rows: “%1” must look like a:b</translation>
    </message>
    <message>
        <source>Ring parameter: the window must be an odd whole number ≥ 3</source>
        <translation>Ring parameter: the window must be an odd whole number ≥ 3</translation>
    </message>
    <message>
        <source>Centres: “%1” must be A:B:STEP with A ≤ B and STEP &gt; 0</source>
        <translation>Centres: “%1” must be A:B:STEP with A ≤ B and STEP &gt; 0</translation>
    </message>
    <message>
        <source>Centres: at most %1 candidates at a time</source>
        <translation>Centres: at most %1 candidates at a time</translation>
    </message>
    <message>
        <source>Cannot make a temporary folder: %1</source>
        <translation>Cannot make a temporary folder: %1</translation>
    </message>
    <message>
        <source>Try centres %1 on %2</source>
        <translation>Try centres %1 on %2</translation>
    </message>
    <message>
        <source>Trying centres %1…</source>
        <translation>Trying centres %1…</translation>
    </message>
    <message>
        <source>Cannot show the try-centre slices: %1</source>
        <translation>Cannot show the try-centre slices: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n centre(s) tried: click the sharpest slice to use its centre</source>
        <translation>
            <numerusform>%n centre tried: click the sharpest slice to use its centre</numerusform>
            <numerusform>%n centres tried: click the sharpest slice to use its centre</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>xrs::app::RunForm</name>
    <message>
        <source>Where the computation runs; passed to the engine as --device</source>
        <translation>Where the computation runs; passed to the engine as --device</translation>
    </message>
    <message>
        <source>The exact command the job runs (read-only)</source>
        <translation>The exact command the job runs (read-only)</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>Command line</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>%1: nothing given</source>
        <translation>%1: nothing given</translation>
    </message>
    <message>
        <source>%1: %2 does not exist</source>
        <translation>%1: %2 does not exist</translation>
    </message>
    <message>
        <source>Scans (*.h5 *.hdf5 *.hdf *.nxs *.tif *.tiff);;All files (*)</source>
        <translation>Scans (*.h5 *.hdf5 *.hdf *.nxs *.tif *.tiff);;All files (*)</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Scan</translation>
    </message>
    <message>
        <source>Flat fields</source>
        <translation>Flat fields</translation>
    </message>
    <message>
        <source>TIFF flat fields, for TIFF projections only</source>
        <translation>TIFF flat fields, for TIFF projections only</translation>
    </message>
    <message>
        <source>Dark fields</source>
        <translation>Dark fields</translation>
    </message>
    <message>
        <source>TIFF dark fields, for TIFF projections only</source>
        <translation>TIFF dark fields, for TIFF projections only</translation>
    </message>
</context>
<context>
    <name>xrs::app::RunMenu</name>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Run</translation>
    </message>
    <message>
        <source>&amp;Reconstruct CT…</source>
        <translation>&amp;Reconstruct CT…</translation>
    </message>
    <message>
        <source>Filtered backprojection of a scan, with a try-centre sweep</source>
        <translation>Filtered backprojection of a scan, with a try-centre sweep</translation>
    </message>
    <message>
        <source>&amp;Fuse (SWIN-XVR)…</source>
        <translation>&amp;Fuse (SWIN-XVR)…</translation>
    </message>
    <message>
        <source>HR frames for every LR frame from LR and sparse HR videos</source>
        <translation>HR frames for every LR frame from LR and sparse HR videos</translation>
    </message>
    <message>
        <source>&amp;Denoise (Noise2Inverse)…</source>
        <translation>&amp;Denoise (Noise2Inverse)…</translation>
    </message>
    <message>
        <source>Self-supervised denoising of a reconstruction (trains, then denoises)</source>
        <translation>Self-supervised denoising of a reconstruction (trains, then denoises)</translation>
    </message>
    <message>
        <source>&amp;Train Fusion Model…</source>
        <translation>&amp;Train Fusion Model…</translation>
    </message>
    <message>
        <source>Train SWIN-XVR on an LR video and its ground truth</source>
        <translation>Train SWIN-XVR on an LR video and its ground truth</translation>
    </message>
    <message>
        <source>Started “%1”: %2</source>
        <translation>Started “%1”: %2</translation>
    </message>
    <message>
        <source>Running “%1” (see the Jobs dock)</source>
        <translation>Running “%1” (see the Jobs dock)</translation>
    </message>
    <message>
        <source>“%1” completed</source>
        <translation>“%1” completed</translation>
    </message>
    <message>
        <source>“%1” %2: %3</source>
        <translation>“%1” %2: %3</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB: shown in a pane; File → Open Volume… shows it in orthogonal slices</source>
        <translation>%1 is larger than %2 MiB: shown in a pane; File → Open Volume… shows it in orthogonal slices</translation>
    </message>
    <message>
        <source>Training “%1” finished without a checkpoint</source>
        <translation>Training “%1” finished without a checkpoint</translation>
    </message>
    <message>
        <source>Checkpoint of “%1”: %2</source>
        <translation>Checkpoint of “%1”: %2</translation>
    </message>
</context>
<context>
    <name>xrs::app::SubmitDialog</name>
    <message>
        <source>Submit Cluster Job</source>
        <translation>Submit Cluster Job</translation>
    </message>
    <message>
        <source>Reconstruction</source>
        <translation>Reconstruction</translation>
    </message>
    <message>
        <source>Denoise</source>
        <translation>Denoise</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Train</translation>
    </message>
    <message>
        <source>Fuse</source>
        <translation>Fuse</translation>
    </message>
    <message>
        <source>input file(s), separated by ;</source>
        <translation>input file(s), separated by ;</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>further options, e.g. --center 31.5</source>
        <translation>further options, e.g. --center 31.5</translation>
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
        <translation>Inputs</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Output</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Partition / queue</source>
        <translation>Partition / queue</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Nodes</translation>
    </message>
    <message>
        <source>GPUs per node</source>
        <translation>GPUs per node</translation>
    </message>
    <message>
        <source>CPUs per task</source>
        <translation>CPUs per task</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Memory</translation>
    </message>
    <message>
        <source>Wall time</source>
        <translation>Wall time</translation>
    </message>
    <message>
        <source>Array tasks</source>
        <translation>Array tasks</translation>
    </message>
    <message>
        <source>Detector rows</source>
        <translation>Detector rows</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Submit</translation>
    </message>
    <message>
        <source>Job Inputs</source>
        <translation>Job Inputs</translation>
    </message>
    <message>
        <source>Give the scan to reconstruct.</source>
        <translation>Give the scan to reconstruct.</translation>
    </message>
    <message>
        <source>Give the output file.</source>
        <translation>Give the output file.</translation>
    </message>
    <message>
        <source>Give the scan&apos;s detector rows (split over the array tasks).</source>
        <translation>Give the scan&apos;s detector rows (split over the array tasks).</translation>
    </message>
    <message>
        <source>
# ---- merge job (after all tasks succeed) ----
</source>
        <translation>
# ---- merge job (after all tasks succeed) ----
</translation>
    </message>
    <message>
        <source>Submitting to %1…</source>
        <translation>Submitting to %1…</translation>
    </message>
    <message>
        <source>Submitted job %1</source>
        <translation>Submitted job %1</translation>
    </message>
</context>
<context>
    <name>xrs::app::TrainForm</name>
    <message>
        <source>Train Fusion Model</source>
        <translation>Train Fusion Model</translation>
    </message>
    <message>
        <source>Stacks (*.tif *.tiff *.h5);;All files (*)</source>
        <translation>Stacks (*.tif *.tiff *.h5);;All files (*)</translation>
    </message>
    <message>
        <source>Manifest</source>
        <translation>Manifest</translation>
    </message>
    <message>
        <source>manifest.json of xrs synth / xrs sample video (gives the LR and ground-truth videos)</source>
        <translation>manifest.json of xrs synth / xrs sample video (gives the LR and ground-truth videos)</translation>
    </message>
    <message>
        <source>Manifests (*.json);;All files (*)</source>
        <translation>Manifests (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>LR stack</source>
        <translation>LR stack</translation>
    </message>
    <message>
        <source>Without a manifest: LR frames in [0, 1]</source>
        <translation>Without a manifest: LR frames in [0, 1]</translation>
    </message>
    <message>
        <source>Ground truth</source>
        <translation>Ground truth</translation>
    </message>
    <message>
        <source>Without a manifest: ground-truth frames (4× the LR size) in [0, 1]</source>
        <translation>Without a manifest: ground-truth frames (4× the LR size) in [0, 1]</translation>
    </message>
    <message>
        <source>Config JSON</source>
        <translation>Config JSON</translation>
    </message>
    <message>
        <source>JSON file with any training options; the fields here override it only where changed</source>
        <translation>JSON file with any training options; the fields here override it only where changed</translation>
    </message>
    <message>
        <source>JSON (*.json);;All files (*)</source>
        <translation>JSON (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>Checkpoint folder</source>
        <translation>Checkpoint folder</translation>
    </message>
    <message>
        <source>Where checkpoints (net_g_*.pth) and the training log go</source>
        <translation>Where checkpoints (net_g_*.pth) and the training log go</translation>
    </message>
    <message>
        <source>Resume the run in this folder</source>
        <translation>Resume the run in this folder</translation>
    </message>
    <message>
        <source>On: continue from the folder&apos;s last checkpoint. Off: the folder must be new or empty</source>
        <translation>On: continue from the folder&apos;s last checkpoint. Off: the folder must be new or empty</translation>
    </message>
    <message>
        <source>Fine-tune from</source>
        <translation>Fine-tune from</translation>
    </message>
    <message>
        <source>Start from the weights of this checkpoint (net_g_*.pth); empty: random initialisation</source>
        <translation>Start from the weights of this checkpoint (net_g_*.pth); empty: random initialisation</translation>
    </message>
    <message>
        <source>Checkpoints (*.pth);;All files (*)</source>
        <translation>Checkpoints (*.pth);;All files (*)</translation>
    </message>
    <message>
        <source>Model preset</source>
        <translation>Model preset</translation>
    </message>
    <message>
        <source>Network size</source>
        <translation>Network size</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>baseline</translation>
    </message>
    <message>
        <source>paper</source>
        <translation>paper</translation>
    </message>
    <message>
        <source>LR frames per sample</source>
        <translation>LR frames per sample</translation>
    </message>
    <message>
        <source>Neighbouring LR frames per sample</source>
        <translation>Neighbouring LR frames per sample</translation>
    </message>
    <message>
        <source>Iterations</source>
        <translation>Iterations</translation>
    </message>
    <message>
        <source>Total training iterations</source>
        <translation>Total training iterations</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>Samples per iteration (and rank)</source>
        <translation>Samples per iteration (and rank)</translation>
    </message>
    <message>
        <source>HR crop</source>
        <translation>HR crop</translation>
    </message>
    <message>
        <source>HR crop side in pixels (the LR crop is a quarter)</source>
        <translation>HR crop side in pixels (the LR crop is a quarter)</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Learning rate</translation>
    </message>
    <message>
        <source>Adam learning rate</source>
        <translation>Adam learning rate</translation>
    </message>
    <message>
        <source>Validate every</source>
        <translation>Validate every</translation>
    </message>
    <message>
        <source>Iterations between validations</source>
        <translation>Iterations between validations</translation>
    </message>
    <message>
        <source>Checkpoint every</source>
        <translation>Checkpoint every</translation>
    </message>
    <message>
        <source>Iterations between checkpoints</source>
        <translation>Iterations between checkpoints</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>Random seed</translation>
    </message>
    <message>
        <source>Train on %1</source>
        <translation>Train on %1</translation>
    </message>
    <message>
        <source>Manifest: give a manifest, or the LR and ground-truth stacks</source>
        <translation>Manifest: give a manifest, or the LR and ground-truth stacks</translation>
    </message>
    <message>
        <source>Ground truth: an LR stack needs its ground truth</source>
        <translation>Ground truth: an LR stack needs its ground truth</translation>
    </message>
    <message>
        <source>Checkpoint folder: %1 already holds files; tick “Resume” to continue that run or choose a new folder</source>
        <translation>Checkpoint folder: %1 already holds files; tick “Resume” to continue that run or choose a new folder</translation>
    </message>
</context>
<context>
    <name>xrs::app::UndoBinder</name>
    <message>
        <source>Change %1</source>
        <translation>Change %1</translation>
    </message>
</context>
<context>
    <name>xrs::app::VolumeLoader</name>
    <message>
        <source>Reading %1: %2%</source>
        <translation>Reading %1: %2%</translation>
    </message>
</context>
<context>
    <name>xrs::remote::Job</name>
    <message>
        <source>queued</source>
        <translation>queued</translation>
    </message>
    <message>
        <source>running</source>
        <translation>running</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completed</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>timed out</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
</context>
<context>
    <name>xrs::remote::LocalRunner</name>
    <message>
        <source>cancelled before it started</source>
        <translation>cancelled before it started</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>stopped after the time limit of %1 s</source>
        <translation>stopped after the time limit of %1 s</translation>
    </message>
    <message>
        <source>%1 crashed (signal %2)</source>
        <translation>%1 crashed (signal %2)</translation>
    </message>
    <message>
        <source>exited with code %1</source>
        <translation>exited with code %1</translation>
    </message>
    <message>
        <source>expected output missing: %1</source>
        <translation>expected output missing: %1</translation>
    </message>
    <message>
        <source>could not start %1: %2</source>
        <translation>could not start %1: %2</translation>
    </message>
</context>
<context>
    <name>xrs::widgets::Colormap</name>
    <message>
        <source>Grey</source>
        <translation>Grey</translation>
    </message>
    <message>
        <source>Inverted grey</source>
        <translation>Inverted grey</translation>
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
        <translation>Reconstructed</translation>
    </message>
    <message>
        <source>Reconstructed (%1)</source>
        <translation>Reconstructed (%1)</translation>
    </message>
    <message>
        <source>Ground truth</source>
        <translation>Ground truth</translation>
    </message>
    <message>
        <source>|Reconstructed − ground truth|</source>
        <translation>|Reconstructed − ground truth|</translation>
    </message>
    <message>
        <source>First frame (Home)</source>
        <translation>First frame (Home)</translation>
    </message>
    <message>
        <source>Previous frame (←)</source>
        <translation>Previous frame (←)</translation>
    </message>
    <message>
        <source>Play / pause (Space)</source>
        <translation>Play / pause (Space)</translation>
    </message>
    <message>
        <source>Next frame (→)</source>
        <translation>Next frame (→)</translation>
    </message>
    <message>
        <source>Last frame (End)</source>
        <translation>Last frame (End)</translation>
    </message>
    <message>
        <source>Frame</source>
        <translation>Frame</translation>
    </message>
    <message>
        <source> fps</source>
        <translation> fps</translation>
    </message>
    <message>
        <source>Playback speed (frames per second)</source>
        <translation>Playback speed (frames per second)</translation>
    </message>
    <message>
        <source>Loop</source>
        <translation>Loop</translation>
    </message>
    <message>
        <source>LR: nearest</source>
        <translation>LR: nearest</translation>
    </message>
    <message>
        <source>LR: bicubic</source>
        <translation>LR: bicubic</translation>
    </message>
    <message>
        <source>How the LR frames are upscaled to the HR grid (for display only)</source>
        <translation>How the LR frames are upscaled to the HR grid (for display only)</translation>
    </message>
    <message>
        <source>Link window/level</source>
        <translation>Link window/level</translation>
    </message>
    <message>
        <source>Colour map of the linked panes</source>
        <translation>Colour map of the linked panes</translation>
    </message>
    <message>
        <source>Histogram of the reconstructed frame; drag the limits to change the display range</source>
        <translation>Histogram of the reconstructed frame; drag the limits to change the display range</translation>
    </message>
    <message>
        <source>bicubic</source>
        <translation>bicubic</translation>
    </message>
    <message>
        <source>nearest</source>
        <translation>nearest</translation>
    </message>
    <message>
        <source>frame %1 (0–%2), ×%3 %4</source>
        <translation>frame %1 (0–%2), ×%3 %4</translation>
    </message>
    <message>
        <source>HR frame %1 (0–%2), same time</source>
        <translation>HR frame %1 (0–%2), same time</translation>
    </message>
    <message>
        <source>HR frame %1 (0–%2), Δt = %3 frames</source>
        <translation>HR frame %1 (0–%2), Δt = %3 frames</translation>
    </message>
    <message>
        <source>frame %1 (0–%2)</source>
        <translation>frame %1 (0–%2)</translation>
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
        <translation>Shape</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message>
        <source>scalar</source>
        <translation>scalar</translation>
    </message>
    <message>
        <source>chunks %1</source>
        <translation>chunks %1</translation>
    </message>
    <message>
        <source>Attributes:</source>
        <translation>Attributes:</translation>
    </message>
    <message>
        <source>DXchange</source>
        <translation>DXchange</translation>
    </message>
    <message>
        <source>projections: %1</source>
        <translation>projections: %1</translation>
    </message>
    <message>
        <source>flats: %1</source>
        <translation>flats: %1</translation>
    </message>
    <message>
        <source>darks: %1</source>
        <translation>darks: %1</translation>
    </message>
    <message>
        <source>angles: %1</source>
        <translation>angles: %1</translation>
    </message>
    <message>
        <source>HDF5</source>
        <translation>HDF5</translation>
    </message>
    <message>
        <source>watched</source>
        <translation>watched</translation>
    </message>
    <message>
        <source>Watched folder %1: complete files appear as they arrive</source>
        <translation>Watched folder %1: complete files appear as they arrive</translation>
    </message>
    <message numerus="yes">
        <source>watched, %n file(s)</source>
        <translation>
            <numerusform>watched, %n file</numerusform>
            <numerusform>watched, %n files</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Open in &amp;New Pane</source>
        <translation>Open in &amp;New Pane</translation>
    </message>
    <message>
        <source>Open as &amp;Volume</source>
        <translation>Open as &amp;Volume</translation>
    </message>
    <message>
        <source>&amp;Copy Path</source>
        <translation>&amp;Copy Path</translation>
    </message>
    <message>
        <source>&amp;Remove from List</source>
        <translation>&amp;Remove from List</translation>
    </message>
</context>
<context>
    <name>xrs::widgets::Histogram</name>
    <message>
        <source>Min–max</source>
        <translation>Min–max</translation>
    </message>
    <message>
        <source>0.35–99.65 %</source>
        <translation>0.35–99.65 %</translation>
    </message>
    <message>
        <source>1–99 %</source>
        <translation>1–99 %</translation>
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
        <translation>Automatic display range</translation>
    </message>
</context>
<context>
    <name>xrs::widgets::ImageView</name>
    <message>
        <source>Frame</source>
        <translation>Frame</translation>
    </message>
    <message>
        <source>cannot show frame %1: %2</source>
        <translation>cannot show frame %1: %2</translation>
    </message>
    <message>
        <source>no image</source>
        <translation>no image</translation>
    </message>
    <message>
        <source>(%1, %2) = %3</source>
        <translation>(%1, %2) = %3</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>Pan</translation>
    </message>
    <message>
        <source>Drag to pan, wheel to zoom, right drag for window/level</source>
        <translation>Drag to pan, wheel to zoom, right drag for window/level</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Drag a line to plot the values along it</source>
        <translation>Drag a line to plot the values along it</translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation>Rectangle</translation>
    </message>
    <message>
        <source>Drag a rectangle to get the statistics of its pixels</source>
        <translation>Drag a rectangle to get the statistics of its pixels</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Remove the measured line and rectangle</source>
        <translation>Remove the measured line and rectangle</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Fit</translation>
    </message>
    <message>
        <source>Fit the image into the view (R)</source>
        <translation>Fit the image into the view (R)</translation>
    </message>
    <message>
        <source>1:1</source>
        <translation>1:1</translation>
    </message>
    <message>
        <source>One image pixel per screen pixel</source>
        <translation>One image pixel per screen pixel</translation>
    </message>
    <message>
        <source>Colour map</source>
        <translation>Colour map</translation>
    </message>
    <message>
        <source>Histogram</source>
        <translation>Histogram</translation>
    </message>
    <message>
        <source>Show the histogram with the display range</source>
        <translation>Show the histogram with the display range</translation>
    </message>
    <message>
        <source>profile: %1 px, %2 samples</source>
        <translation>profile: %1 px, %2 samples</translation>
    </message>
    <message>
        <source>rectangle %1×%2 at (%3, %4)</source>
        <translation>rectangle %1×%2 at (%3, %4)</translation>
    </message>
    <message>
        <source>mean %1, std %2, min %3, max %4, %5 pixels</source>
        <translation>mean %1, std %2, min %3, max %4, %5 pixels</translation>
    </message>
    <message>
        <source>no pixels</source>
        <translation>no pixels</translation>
    </message>
    <message>
        <source>frame %1 (0–%2)</source>
        <translation>frame %1 (0–%2)</translation>
    </message>
</context>
<context>
    <name>xrs::widgets::MetricPlot</name>
    <message>
        <source>Metric to plot</source>
        <translation>Metric to plot</translation>
    </message>
    <message>
        <source>frame</source>
        <translation>frame</translation>
    </message>
    <message>
        <source>Click a point to show that frame</source>
        <translation>Click a point to show that frame</translation>
    </message>
    <message>
        <source>Per-frame metric:</source>
        <translation>Per-frame metric:</translation>
    </message>
    <message>
        <source>current frame</source>
        <translation>current frame</translation>
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
        <translation>Coronal (XZ)</translation>
    </message>
    <message>
        <source>Sagittal (YZ)</source>
        <translation>Sagittal (YZ)</translation>
    </message>
    <message>
        <source>Double-click to move the crosshair there</source>
        <translation>Double-click to move the crosshair there</translation>
    </message>
    <message>
        <source>Axial (XY), z = %1</source>
        <translation>Axial (XY), z = %1</translation>
    </message>
    <message>
        <source>Coronal (XZ), y = %1</source>
        <translation>Coronal (XZ), y = %1</translation>
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
        <translation>distance (px)</translation>
    </message>
    <message>
        <source>distance (%1)</source>
        <translation>distance (%1)</translation>
    </message>
</context>
<context>
    <name>xrs::widgets::TransferFunction</name>
    <message>
        <source>Grey ramp</source>
        <translation>Grey ramp</translation>
    </message>
    <message>
        <source>MIP (maximum intensity)</source>
        <translation>MIP (maximum intensity)</translation>
    </message>
    <message>
        <source>Bone / dense</source>
        <translation>Bone / dense</translation>
    </message>
    <message>
        <source>Soft tissue / low density</source>
        <translation>Soft tissue / low density</translation>
    </message>
    <message>
        <source>Isosurface-like</source>
        <translation>Isosurface-like</translation>
    </message>
    <message>
        <source>Slice window/level</source>
        <translation>Slice window/level</translation>
    </message>
</context>
<context>
    <name>xrs::widgets::TryCenterStrip</name>
    <message>
        <source>centre %1</source>
        <translation>centre %1</translation>
    </message>
    <message>
        <source>Click to use centre %1</source>
        <translation>Click to use centre %1</translation>
    </message>
    <message>
        <source>%1 (chosen)</source>
        <translation>%1 (chosen)</translation>
    </message>
</context>
<context>
    <name>xrs::widgets::VolumeView</name>
    <message>
        <source>Drag to rotate, wheel to zoom, Ctrl+click on a slice plane to move the crosshair there</source>
        <translation>Drag to rotate, wheel to zoom, Ctrl+click on a slice plane to move the crosshair there</translation>
    </message>
    <message>
        <source>How values become colour and opacity in 3D</source>
        <translation>How values become colour and opacity in 3D</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>Opacity</translation>
    </message>
    <message>
        <source>Scales the opacity of the transfer function</source>
        <translation>Scales the opacity of the transfer function</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Threshold, step or peak of the preset within the volume&apos;s value range</source>
        <translation>Threshold, step or peak of the preset within the volume&apos;s value range</translation>
    </message>
    <message>
        <source>Slices</source>
        <translation>Slices</translation>
    </message>
    <message>
        <source>Show the three slice planes at the crosshair</source>
        <translation>Show the three slice planes at the crosshair</translation>
    </message>
    <message>
        <source>Reset camera</source>
        <translation>Reset camera</translation>
    </message>
    <message>
        <source>GPU ray casting</source>
        <translation>GPU ray casting</translation>
    </message>
    <message>
        <source>CPU ray casting</source>
        <translation>CPU ray casting</translation>
    </message>
</context>
</TS>
