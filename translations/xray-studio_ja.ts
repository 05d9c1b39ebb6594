<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>ExportMenu</name>
    <message>
        <source>&amp;Export</source>
        <translation>エクスポート(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;TIFF Stack…</source>
        <translation>TIFF スタック(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Screenshot of the View (PNG)…</source>
        <translation>ビューのスクリーンショット (PNG)(&amp;S)…</translation>
    </message>
    <message>
        <source>Screenshot of the &amp;Layout (PNG)…</source>
        <translation>レイアウトのスクリーンショット (PNG)(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Movie of the Sequence…</source>
        <translation>シーケンスの動画(&amp;M)…</translation>
    </message>
    <message>
        <source>Movie of the &amp;Comparison Layout…</source>
        <translation>比較レイアウトの動画(&amp;C)…</translation>
    </message>
    <message>
        <source>Metric &amp;Report (PDF)…</source>
        <translation>評価指標レポート (PDF)(&amp;R)…</translation>
    </message>
    <message>
        <source>Nothing to export: open an image stack or a comparison first.</source>
        <translation>エクスポートするものがありません。先に画像スタックまたは比較を開いてください。</translation>
    </message>
    <message>
        <source>The comparison layout is not shown.</source>
        <translation>比較レイアウトが表示されていません。</translation>
    </message>
    <message>
        <source>Export: %1</source>
        <translation>エクスポート: %1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 をエクスポートしました</translation>
    </message>
    <message>
        <source>Export cancelled: %1</source>
        <translation>エクスポートを中止しました: %1</translation>
    </message>
    <message>
        <source>Export TIFF Stack</source>
        <translation>TIFF スタックのエクスポート</translation>
    </message>
    <message>
        <source>Data type:</source>
        <translation>データ型:</translation>
    </message>
    <message>
        <source>Range low (integer types):</source>
        <translation>範囲の下限 (整数型):</translation>
    </message>
    <message>
        <source>Range high (integer types):</source>
        <translation>範囲の上限 (整数型):</translation>
    </message>
    <message>
        <source>First frame:</source>
        <translation>最初のフレーム:</translation>
    </message>
    <message>
        <source>Last frame:</source>
        <translation>最後のフレーム:</translation>
    </message>
    <message>
        <source>Only the rectangle drawn in the view</source>
        <translation>ビューに描いた矩形内のみ</translation>
    </message>
    <message>
        <source>TIFF (*.tif *.tiff)</source>
        <translation>TIFF (*.tif *.tiff)</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>%1 をエクスポート中…</translation>
    </message>
    <message>
        <source>Save Screenshot</source>
        <translation>スクリーンショットの保存</translation>
    </message>
    <message>
        <source>PNG (*.png)</source>
        <translation>PNG (*.png)</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>%1 を保存中…</translation>
    </message>
    <message>
        <source>Export Movie</source>
        <translation>動画のエクスポート</translation>
    </message>
    <message>
        <source>Frames per second:</source>
        <translation>フレームレート (fps):</translation>
    </message>
    <message>
        <source>Movies (*.mp4 *.avi)</source>
        <translation>動画 (*.mp4 *.avi)</translation>
    </message>
    <message>
        <source>Metric Report</source>
        <translation>評価指標レポート</translation>
    </message>
    <message>
        <source>Reports (*.json)</source>
        <translation>レポート (*.json)</translation>
    </message>
    <message>
        <source>Save Metric Report</source>
        <translation>評価指標レポートの保存</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 を書き込み中…</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <source>X-ray Studio: viewing, fusion, denoising and CT reconstruction.</source>
        <translation>X-ray Studio: 表示、フュージョン、ノイズ除去、CT 再構成。</translation>
    </message>
    <message>
        <source>TIFF or HDF5 files (or TIFF folders) to open.</source>
        <translation>開く TIFF または HDF5 ファイル（または TIFF フォルダー）。</translation>
    </message>
    <message>
        <source>Run `xrs demo DIR` and show its videos.</source>
        <translation>`xrs demo DIR` を実行して、その動画を表示します。</translation>
    </message>
    <message>
        <source>When everything is shown, save the window as a PNG and quit.</source>
        <translation>すべて表示されたら、ウィンドウを PNG として保存して終了します。</translation>
    </message>
    <message>
        <source>Quit after N milliseconds.</source>
        <translation>N ミリ秒後に終了します。</translation>
    </message>
    <message>
        <source>--quit-after-ms needs a number of milliseconds</source>
        <translation>--quit-after-ms にはミリ秒数を指定してください</translation>
    </message>
    <message>
        <source>Show an existing `xrs demo` output folder in the comparison layout.</source>
        <translation>既存の `xrs demo` 出力フォルダーを比較レイアウトで表示します。</translation>
    </message>
    <message>
        <source>User-interface language (%1).</source>
        <translation>ユーザーインターフェースの言語（%1）。</translation>
    </message>
    <message>
        <source>Open a saved session (File → Save Session).</source>
        <translation>保存したセッションを開きます（ファイル → セッションを保存）。</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Unknown Host Key</source>
        <translation>不明なホスト鍵</translation>
    </message>
    <message>
        <source>The host %1 (port %2) is not known yet.
Its %3 key fingerprint is
%4

Accept it only if it matches the fingerprint the host&apos;s administrators published.</source>
        <translation>ホスト %1（ポート %2）はまだ登録されていません。
%3 鍵のフィンガープリント:
%4

ホスト管理者が公開しているフィンガープリントと一致する場合のみ受け入れてください。</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>拒否</translation>
    </message>
    <message>
        <source>Accept Once</source>
        <translation>今回のみ受け入れる</translation>
    </message>
    <message>
        <source>Accept and Save</source>
        <translation>受け入れて保存</translation>
    </message>
    <message>
        <source>Host Key Refused</source>
        <translation>ホスト鍵を拒否しました</translation>
    </message>
    <message>
        <source>%1

%2 key fingerprint: %3</source>
        <translation>%1

%2 鍵のフィンガープリント: %3</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>%1 のパスワード:</translation>
    </message>
    <message>
        <source>Key Passphrase</source>
        <translation>鍵のパスフレーズ</translation>
    </message>
    <message>
        <source>Passphrase for %1:</source>
        <translation>%1 のパスフレーズ:</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>ログイン</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>Metric report</source>
        <translation>評価指標レポート</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>作成日時 %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>手法</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>Per-frame values</source>
        <translation>フレームごとの値</translation>
    </message>
    <message>
        <source>Best and worst frames</source>
        <translation>最良と最悪のフレーム</translation>
    </message>
    <message>
        <source>Best: frame %1 (%2)</source>
        <translation>最良: フレーム %1 (%2)</translation>
    </message>
    <message>
        <source>Worst: frame %1 (%2)</source>
        <translation>最悪: フレーム %1 (%2)</translation>
    </message>
    <message>
        <source>Parameters and provenance</source>
        <translation>パラメータと来歴</translation>
    </message>
    <message>
        <source>Report file</source>
        <translation>レポートファイル</translation>
    </message>
    <message>
        <source>ground truth</source>
        <translation>正解画像</translation>
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
        <translation>（コミット %1）</translation>
    </message>
    <message>
        <source>Build: %1, %2</source>
        <translation>ビルド: %1、%2</translation>
    </message>
    <message>
        <source>unknown type</source>
        <translation>種類不明</translation>
    </message>
    <message>
        <source>Qt %1 (built with %2)</source>
        <translation>Qt %1（ビルド時 %2）</translation>
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
        <translation>計算デバイス: エンジンに問い合わせ中…</translation>
    </message>
    <message>
        <source>System: %1, %2</source>
        <translation>システム: %1、%2</translation>
    </message>
    <message>
        <source>About X-ray Studio</source>
        <translation>X-ray Studio について</translation>
    </message>
    <message>
        <source>&lt;b&gt;X-ray Studio&lt;/b&gt;&lt;br&gt;Viewing, fusion, denoising and CT reconstruction for synchrotron x-ray imaging.</source>
        <translation>&lt;b&gt;X-ray Studio&lt;/b&gt;&lt;br&gt;放射光X線イメージングのための表示・融合・ノイズ除去・CT再構成。</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
</context>
<context>
    <name>xrs::app::BrowserDock</name>
    <message>
        <source>Data</source>
        <translation>データ</translation>
    </message>
    <message>
        <source>&amp;Watch Folder…</source>
        <translation>フォルダーを監視(&amp;W)…</translation>
    </message>
    <message>
        <source>List the files of a folder as a detector finishes writing them</source>
        <translation>検出器が書き終えたファイルを順にフォルダーから一覧表示します</translation>
    </message>
    <message>
        <source>Follow Newest</source>
        <translation>最新を表示</translation>
    </message>
    <message>
        <source>Show each new complete file of a watched folder in the “Live” pane</source>
        <translation>監視中のフォルダーに新しく完成したファイルを「ライブ」ペインに表示します</translation>
    </message>
    <message>
        <source>Data browser: %1</source>
        <translation>データブラウザー: %1</translation>
    </message>
    <message>
        <source>Choose a dataset of %1 in the Data browser</source>
        <translation>データブラウザーで %1 のデータセットを選んでください</translation>
    </message>
    <message>
        <source>%1 is already open</source>
        <translation>%1 はすでに開いています</translation>
    </message>
    <message>
        <source>Watch Folder</source>
        <translation>フォルダーを監視</translation>
    </message>
    <message>
        <source>Watching %1</source>
        <translation>%1 を監視中</translation>
    </message>
    <message>
        <source>New file %1</source>
        <translation>新しいファイル %1</translation>
    </message>
    <message>
        <source>Live: %1</source>
        <translation>ライブ: %1</translation>
    </message>
</context>
<context>
    <name>xrs::app::ClusterJobsModel</name>
    <message>
        <source>%1 (fetched)</source>
        <translation>%1（取得済み）</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>ジョブ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>経過時間</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>待ち順位</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>Scheduler ID</source>
        <translation>スケジューラID</translation>
    </message>
</context>
<context>
    <name>xrs::app::ClusterJobsPanel</name>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Fetch</source>
        <translation>取得</translation>
    </message>
    <message>
        <source>Log Tail</source>
        <translation>ログ末尾</translation>
    </message>
    <message>
        <source>Open Results</source>
        <translation>結果を開く</translation>
    </message>
    <message>
        <source>Cancelling %1…</source>
        <translation>%1 をキャンセル中…</translation>
    </message>
    <message>
        <source>Cancelled %1</source>
        <translation>%1 をキャンセルしました</translation>
    </message>
    <message>
        <source>Polling the schedulers…</source>
        <translation>スケジューラに問い合わせ中…</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) still watched</source>
        <translation>
            <numerusform>監視中のジョブ: %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the log of %1…</source>
        <translation>%1 のログを読み込み中…</translation>
    </message>
    <message>
        <source>Log of %1 read</source>
        <translation>%1 のログを読み込みました</translation>
    </message>
    <message>
        <source>Open results when fetched</source>
        <translation>取得したら結果を開く</translation>
    </message>
    <message>
        <source>Show each completed job&apos;s outputs next to its inputs once they are here</source>
        <translation>完了したジョブの出力が届いたら、入力と並べて表示します</translation>
    </message>
    <message>
        <source>Opening the results of %1</source>
        <translation>%1 の結果を開いています</translation>
    </message>
    <message>
        <source>No cluster jobs yet: submit one with Cluster → Submit…</source>
        <translation>クラスタジョブはまだありません。クラスタ → 投入… から投入してください</translation>
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
        <translation>CPU（%1）</translation>
    </message>
    <message>
        <source>%1: %2, %3 GiB free of %4</source>
        <translation>%1: %2、空き %3 GiB / %4 GiB</translation>
    </message>
    <message>
        <source>Compute devices unknown: %1</source>
        <translation>計算デバイス不明: %1</translation>
    </message>
    <message>
        <source>the xrs engine did not answer</source>
        <translation>xrs エンジンが応答しませんでした</translation>
    </message>
    <message numerus="yes">
        <source>CPU: %1, %n threads</source>
        <translation>
            <numerusform>CPU: %1、%n スレッド</numerusform>
        </translation>
    </message>
    <message>
        <source>CUDA: engine built without CUDA</source>
        <translation>CUDA: エンジンは CUDA なしでビルドされています</translation>
    </message>
    <message>
        <source>CUDA: runtime %1, driver %2: %3</source>
        <translation>CUDA: ランタイム %1、ドライバ %2: %3</translation>
    </message>
    <message>
        <source>%1 (compute %2, %3 SMs)</source>
        <translation>%1（Compute %2、%3 SM）</translation>
    </message>
    <message>
        <source>LibTorch %1 (CUDA %2)</source>
        <translation>LibTorch %1（CUDA %2）</translation>
    </message>
    <message>
        <source>available</source>
        <translation>利用可能</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>利用不可</translation>
    </message>
    <message>
        <source>LibTorch: engine built without it</source>
        <translation>LibTorch: エンジンは LibTorch なしでビルドされています</translation>
    </message>
</context>
<context>
    <name>xrs::app::DenoiseForm</name>
    <message>
        <source>Denoise (Noise2Inverse)</source>
        <translation>ノイズ除去 (Noise2Inverse)</translation>
    </message>
    <message>
        <source>Raw scan: DXchange HDF5, or TIFF projections with flats and darks</source>
        <translation>生スキャン: DXchange HDF5、またはフラット・ダーク付きの TIFF 投影</translation>
    </message>
    <message>
        <source>Denoised volume</source>
        <translation>ノイズ除去後のボリューム</translation>
    </message>
    <message>
        <source>Output volume (.tif or .h5)</source>
        <translation>出力ボリューム（.tif または .h5）</translation>
    </message>
    <message>
        <source>Volumes (*.tif *.h5)</source>
        <translation>ボリューム (*.tif *.h5)</translation>
    </message>
    <message>
        <source>Checkpoint folder</source>
        <translation>チェックポイントフォルダー</translation>
    </message>
    <message>
        <source>Split reconstructions and network checkpoints; a run there is resumed. Empty: the output name + .n2i</source>
        <translation>分割再構成とネットワークのチェックポイント。既存の実行は再開されます。空欄: 出力名 + .n2i</translation>
    </message>
    <message>
        <source>Detector rows</source>
        <translation>検出器の行</translation>
    </message>
    <message>
        <source>Rows a:b to reconstruct; empty: all rows</source>
        <translation>再構成する行 a:b。空欄: すべての行</translation>
    </message>
    <message>
        <source>all</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>Find the rotation centre automatically</source>
        <translation>回転中心を自動で求める</translation>
    </message>
    <message>
        <source>Off: use the centre below for the split reconstructions</source>
        <translation>オフ: 分割再構成に下の中心を使用</translation>
    </message>
    <message>
        <source>Rotation centre</source>
        <translation>回転中心</translation>
    </message>
    <message>
        <source>Rotation axis in detector pixels</source>
        <translation>回転軸（検出器ピクセル）</translation>
    </message>
    <message>
        <source>Projection splits</source>
        <translation>投影の分割数</translation>
    </message>
    <message>
        <source>Interleaved subsets of the projections reconstructed separately (K)</source>
        <translation>個別に再構成する投影のインターリーブ部分集合 (K)</translation>
    </message>
    <message>
        <source>Context slices</source>
        <translation>コンテキストスライス</translation>
    </message>
    <message>
        <source>±n neighbouring slices the network sees (2.5D)</source>
        <translation>ネットワークが参照する ±n 枚の近傍スライス (2.5D)</translation>
    </message>
    <message>
        <source>Network levels</source>
        <translation>ネットワークの階層数</translation>
    </message>
    <message>
        <source>U-Net levels (depth); a trained checkpoint fixes it</source>
        <translation>U-Net の階層数（深さ）。学習済みチェックポイントで固定されます</translation>
    </message>
    <message>
        <source>Network width</source>
        <translation>ネットワークの幅</translation>
    </message>
    <message>
        <source>U-Net channels at full resolution; a trained checkpoint fixes it</source>
        <translation>フル解像度での U-Net のチャネル数。学習済みチェックポイントで固定されます</translation>
    </message>
    <message>
        <source>Training epochs</source>
        <translation>学習エポック数</translation>
    </message>
    <message>
        <source>0: use the checkpoint as it is (no training)</source>
        <translation>0: チェックポイントをそのまま使用（学習なし）</translation>
    </message>
    <message>
        <source>Samples per epoch</source>
        <translation>エポックあたりのサンプル数</translation>
    </message>
    <message>
        <source>Training samples per epoch</source>
        <translation>エポックあたりの学習サンプル数</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>バッチ</translation>
    </message>
    <message>
        <source>Patches per training step</source>
        <translation>学習ステップあたりのパッチ数</translation>
    </message>
    <message>
        <source>Patch size</source>
        <translation>パッチサイズ</translation>
    </message>
    <message>
        <source>Training patch side in pixels</source>
        <translation>学習パッチの一辺（ピクセル）</translation>
    </message>
    <message>
        <source>Inference tile</source>
        <translation>推論タイル</translation>
    </message>
    <message>
        <source>Tile side for denoising large slices</source>
        <translation>大きなスライスのノイズ除去に使うタイルの一辺</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>シード</translation>
    </message>
    <message>
        <source>Random seed (weights and patch sampling)</source>
        <translation>乱数シード（重みとパッチ抽出）</translation>
    </message>
    <message>
        <source>Denoise %1</source>
        <translation>%1 のノイズ除去</translation>
    </message>
    <message>
        <source>Detector rows: “%1” must look like a:b</source>
        <translation>検出器の行: 「%1」は a:b の形式にしてください</translation>
    </message>
    <message>
        <source>Training epochs: 0 needs a trained checkpoint folder, and %1 does not exist</source>
        <translation>学習エポック数: 0 には学習済みのチェックポイントフォルダーが必要ですが、%1 は存在しません</translation>
    </message>
</context>
<context>
    <name>xrs::app::DisplayUndo</name>
    <message>
        <source>Link Window/Level</source>
        <translation>ウィンドウ/レベルの連動</translation>
    </message>
    <message>
        <source>Unlink Window/Level</source>
        <translation>ウィンドウ/レベルの連動解除</translation>
    </message>
    <message>
        <source>Colormap</source>
        <translation>カラーマップ</translation>
    </message>
    <message>
        <source>Window/Level</source>
        <translation>ウィンドウ/レベル</translation>
    </message>
</context>
<context>
    <name>xrs::app::FuseForm</name>
    <message>
        <source>Fuse (SWIN-XVR)</source>
        <translation>融合 (SWIN-XVR)</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>入力</translation>
    </message>
    <message>
        <source>manifest.json of xrs synth / xrs sample video (names the LR and HR videos and their frame times), or the LR stack</source>
        <translation>xrs synth / xrs sample video の manifest.json（LR・HR 動画とフレーム時刻を指定）、または LR スタック</translation>
    </message>
    <message>
        <source>Manifest or stack (*.json *.tif *.tiff *.h5);;All files (*)</source>
        <translation>マニフェストまたはスタック (*.json *.tif *.tiff *.h5);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>HR stack</source>
        <translation>HR スタック</translation>
    </message>
    <message>
        <source>HR frames (4× the LR size); empty: from the manifest</source>
        <translation>HR フレーム（LR の 4 倍のサイズ）。空欄: マニフェストから</translation>
    </message>
    <message>
        <source>Stacks (*.tif *.tiff *.h5);;All files (*)</source>
        <translation>スタック (*.tif *.tiff *.h5);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>HR frame step</source>
        <translation>HR フレーム間隔</translation>
    </message>
    <message>
        <source>Without a manifest: LR frame i is at time i, HR frame j at time j·step</source>
        <translation>マニフェストなしの場合: LR フレーム i は時刻 i、HR フレーム j は時刻 j·step</translation>
    </message>
    <message>
        <source>from the manifest</source>
        <translation>マニフェストから</translation>
    </message>
    <message>
        <source>Model checkpoint</source>
        <translation>モデルのチェックポイント</translation>
    </message>
    <message>
        <source>net_g_*.pth of a training run (EMA weights preferred); empty: random weights, for testing only</source>
        <translation>学習で得た net_g_*.pth（EMA 重みを優先）。空欄: ランダムな重み（テスト専用）</translation>
    </message>
    <message>
        <source>Checkpoints (*.pth);;All files (*)</source>
        <translation>チェックポイント (*.pth);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Model preset</source>
        <translation>モデルのプリセット</translation>
    </message>
    <message>
        <source>Network size: found from the checkpoint, or given (random weights need one)</source>
        <translation>ネットワークの規模: チェックポイントから判定、または指定（ランダムな重みでは指定が必要）</translation>
    </message>
    <message>
        <source>from the checkpoint</source>
        <translation>チェックポイントから</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>ベースライン</translation>
    </message>
    <message>
        <source>paper</source>
        <translation>論文</translation>
    </message>
    <message>
        <source>LR frames per window</source>
        <translation>ウィンドウあたりの LR フレーム数</translation>
    </message>
    <message>
        <source>Neighbouring LR frames the network sees (must match the checkpoint)</source>
        <translation>ネットワークが参照する近傍 LR フレーム数（チェックポイントと一致させること）</translation>
    </message>
    <message>
        <source>Tile size</source>
        <translation>タイルサイズ</translation>
    </message>
    <message>
        <source>Tile side in LR pixels for frames too large for the device memory; whole frames: no tiling</source>
        <translation>デバイスメモリに収まらないフレーム用のタイルの一辺（LR ピクセル）。フレーム全体: タイル分割なし</translation>
    </message>
    <message>
        <source>whole frames</source>
        <translation>フレーム全体</translation>
    </message>
    <message>
        <source>Tile overlap</source>
        <translation>タイルの重なり</translation>
    </message>
    <message>
        <source>Overlap of the tiles in LR pixels (blended)</source>
        <translation>タイルの重なり（LR ピクセル、ブレンド）</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>バッチ</translation>
    </message>
    <message>
        <source>Network inputs per forward pass</source>
        <translation>順伝播 1 回あたりのネットワーク入力数</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>精度</translation>
    </message>
    <message>
        <source>fp32, or bf16/fp16 autocast (CUDA only: faster, slightly different numbers)</source>
        <translation>fp32、または bf16/fp16 の自動キャスト（CUDA のみ: 高速だが数値がわずかに異なる）</translation>
    </message>
    <message>
        <source>Data type</source>
        <translation>データ型</translation>
    </message>
    <message>
        <source>float32, or uint16 ([0, 1] → 0..65535)</source>
        <translation>float32 または uint16（[0, 1] → 0..65535）</translation>
    </message>
    <message>
        <source>Output video</source>
        <translation>出力動画</translation>
    </message>
    <message>
        <source>Fused HR video (.tif or .h5). Named video/fused.tif next to lr.tif, it opens in the comparison layout</source>
        <translation>融合した HR 動画（.tif または .h5）。lr.tif と同じ場所の video/fused.tif にすると比較レイアウトで開きます</translation>
    </message>
    <message>
        <source>Stacks (*.tif *.h5)</source>
        <translation>スタック (*.tif *.h5)</translation>
    </message>
    <message>
        <source>Checkpoint from training: %1</source>
        <translation>学習で得たチェックポイント: %1</translation>
    </message>
    <message>
        <source>Fuse %1</source>
        <translation>%1 を融合</translation>
    </message>
    <message>
        <source>HR stack: an LR stack as input needs its HR stack (or give a manifest)</source>
        <translation>HR スタック: LR スタックを入力にするには HR スタックが必要です（またはマニフェストを指定）</translation>
    </message>
    <message>
        <source>HR frame step: an LR stack as input needs the HR step (or give a manifest)</source>
        <translation>HR フレーム間隔: LR スタックを入力にするには HR 間隔が必要です（またはマニフェストを指定）</translation>
    </message>
    <message>
        <source>Model preset: without a checkpoint (random weights, for testing) choose a preset</source>
        <translation>モデルのプリセット: チェックポイントなし（ランダムな重み、テスト用）の場合はプリセットを選んでください</translation>
    </message>
    <message>
        <source>Precision: bf16 and fp16 need a CUDA device</source>
        <translation>精度: bf16 と fp16 には CUDA デバイスが必要です</translation>
    </message>
</context>
<context>
    <name>xrs::app::HostProfileDialog</name>
    <message>
        <source>Host Profiles</source>
        <translation>ホストプロファイル</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Import ~/.ssh/config</source>
        <translation>~/.ssh/config から読み込む</translation>
    </message>
    <message>
        <source>Test Connection</source>
        <translation>接続テスト</translation>
    </message>
    <message>
        <source>one shell line each, e.g. module load cuda</source>
        <translation>1行に1コマンド（例: module load cuda）</translation>
    </message>
    <message>
        <source>HH:MM:SS</source>
        <translation>HH:MM:SS</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Jump host</source>
        <translation>踏み台ホスト</translation>
    </message>
    <message>
        <source>Identity file</source>
        <translation>秘密鍵ファイル</translation>
    </message>
    <message>
        <source>Scheduler</source>
        <translation>スケジューラ</translation>
    </message>
    <message>
        <source>Work directory</source>
        <translation>作業ディレクトリ</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>環境設定</translation>
    </message>
    <message>
        <source>Engine command</source>
        <translation>エンジンのコマンド</translation>
    </message>
    <message>
        <source>Partition / queue</source>
        <translation>パーティション / キュー</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>ノード数</translation>
    </message>
    <message>
        <source>GPUs per node</source>
        <translation>ノードあたりのGPU数</translation>
    </message>
    <message>
        <source>CPUs per task</source>
        <translation>タスクあたりのCPU数</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>メモリ</translation>
    </message>
    <message>
        <source>Wall time</source>
        <translation>実行時間上限</translation>
    </message>
    <message numerus="yes">
        <source>%n profile(s) from %1</source>
        <translation>
            <numerusform>%1 から %n 件のプロファイル</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 に保存しました</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n host(s) from %1</source>
        <translation>
            <numerusform>%1 から %n 件のホストを読み込みました</numerusform>
        </translation>
    </message>
    <message>
        <source>new-host</source>
        <translation>new-host</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>%1 に接続中…</translation>
    </message>
    <message>
        <source>Connected to %1, but a command failed (status %2): %3</source>
        <translation>%1 に接続しましたが、コマンドが失敗しました（終了コード %2）: %3</translation>
    </message>
    <message>
        <source>OK: %1 — connected in %2 ms, command round trip %3 ms</source>
        <translation>OK: %1 — 接続 %2 ms、コマンド往復 %3 ms</translation>
    </message>
</context>
<context>
    <name>xrs::app::ImagePane</name>
    <message>
        <source>Close this pane</source>
        <translation>このペインを閉じる</translation>
    </message>
</context>
<context>
    <name>xrs::app::JobResults</name>
    <message>
        <source>the LR input is not on this machine</source>
        <translation>LR 入力がこのマシンにありません</translation>
    </message>
    <message>
        <source>the input is not on this machine</source>
        <translation>入力がこのマシンにありません</translation>
    </message>
</context>
<context>
    <name>xrs::app::JobsPanel</name>
    <message>
        <source>Job</source>
        <translation>ジョブ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進捗</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Cancel Job</source>
        <translation>ジョブを中止</translation>
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
        <translation>「ファイル → 開く…」(Ctrl+O) で画像スタックを開いてください</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>準備完了</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open TIFF or HDF5 files, each in its own pane</source>
        <translation>TIFF または HDF5 ファイルを、それぞれ別のペインで開きます</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>フォルダーを開く(&amp;F)…</translation>
    </message>
    <message>
        <source>Open a folder of TIFF files as one stack</source>
        <translation>TIFF ファイルのフォルダーを 1 つのスタックとして開きます</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>ジョブ</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>ログ</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>Open Image Stacks</source>
        <translation>画像スタックを開く</translation>
    </message>
    <message>
        <source>Image stacks (*.tif *.tiff *.h5 *.hdf5 *.hdf *.nxs);;TIFF (*.tif *.tiff);;HDF5 (*.h5 *.hdf5 *.hdf *.nxs);;All files (*)</source>
        <translation>画像スタック (*.tif *.tiff *.h5 *.hdf5 *.hdf *.nxs);;TIFF (*.tif *.tiff);;HDF5 (*.h5 *.hdf5 *.hdf *.nxs);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Open TIFF Folder</source>
        <translation>TIFF フォルダーを開く</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>%1 を開けません</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>%1 を読み込めません</translation>
    </message>
    <message>
        <source>Opened %1 (%2, %3)</source>
        <translation>%1 を開きました（%2、%3）</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 を開きました</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Demo data in %1</source>
        <translation>%1 のデモデータ</translation>
    </message>
    <message>
        <source>Job “%1” %2</source>
        <translation>ジョブ「%1」: %2</translation>
    </message>
    <message>
        <source>The demo job failed</source>
        <translation>デモジョブが失敗しました</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>エラー: %1</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>画像</translation>
    </message>
    <message>
        <source>Open &amp;Comparison…</source>
        <translation>比較を開く(&amp;C)…</translation>
    </message>
    <message>
        <source>Compare LR, HR, reconstruction and ground truth of a demo or synth folder</source>
        <translation>デモまたは合成フォルダーの LR、HR、再構成、正解を比較します</translation>
    </message>
    <message>
        <source>Open Demo or Synth Folder</source>
        <translation>デモまたは合成フォルダーを開く</translation>
    </message>
    <message>
        <source>Cannot compare %1</source>
        <translation>%1 を比較できません</translation>
    </message>
    <message>
        <source>Comparison: %1</source>
        <translation>比較: %1</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>比較</translation>
    </message>
    <message>
        <source>Comparison of %1: %2 frames</source>
        <translation>%1 の比較: %2 フレーム</translation>
    </message>
    <message>
        <source>Open &amp;Volume…</source>
        <translation>ボリュームを開く(&amp;V)…</translation>
    </message>
    <message>
        <source>Show a CT volume in orthogonal slices with a crosshair</source>
        <translation>CT ボリュームを十字線付きの直交断面で表示します</translation>
    </message>
    <message>
        <source>Open Volume</source>
        <translation>ボリュームを開く</translation>
    </message>
    <message>
        <source>Volumes (*.tif *.tiff *.h5 *.hdf5 *.hdf *.nxs);;All files (*)</source>
        <translation>ボリューム (*.tif *.tiff *.h5 *.hdf5 *.hdf *.nxs);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Volume: %1</source>
        <translation>ボリューム: %1</translation>
    </message>
    <message>
        <source>Opened %1 in orthogonal slices</source>
        <translation>%1 を直交断面で開きました</translation>
    </message>
    <message>
        <source>&amp;Cluster</source>
        <translation>クラスタ(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Hosts…</source>
        <translation>ホスト(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Submit…</source>
        <translation>投入(&amp;S)…</translation>
    </message>
    <message>
        <source>Cluster job %1 submitted</source>
        <translation>クラスタジョブ %1 を投入しました</translation>
    </message>
    <message>
        <source>Cluster &amp;Jobs</source>
        <translation>クラスタジョブ(&amp;J)</translation>
    </message>
    <message>
        <source>Cluster Jobs</source>
        <translation>クラスタジョブ</translation>
    </message>
    <message>
        <source>---- log of cluster job %1 ----</source>
        <translation>---- クラスタジョブ %1 のログ ----</translation>
    </message>
    <message>
        <source>Close &amp;All Panes</source>
        <translation>すべてのペインを閉じる(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>環境設定(&amp;P)…</translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation>元に戻す履歴</translation>
    </message>
    <message>
        <source>Open &amp;Session…</source>
        <translation>セッションを開く(&amp;S)…</translation>
    </message>
    <message>
        <source>Open Session</source>
        <translation>セッションを開く</translation>
    </message>
    <message>
        <source>X-ray Studio sessions (%1);;All files (*)</source>
        <translation>X-ray Studio セッション (%1);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Save Session</source>
        <translation>セッションを保存</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About X-ray Studio</source>
        <translation>X-ray Studio について(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message>
        <source>Error: cannot open the session %1: %2</source>
        <translation>エラー: セッション %1 を開けません: %2</translation>
    </message>
    <message>
        <source>Cannot open the session %1</source>
        <translation>セッション %1 を開けません</translation>
    </message>
    <message>
        <source>Opened the session %1</source>
        <translation>セッション %1 を開きました</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>見つかりません: %1</translation>
    </message>
    <message>
        <source>cannot be opened: %1</source>
        <translation>開けません: %1</translation>
    </message>
    <message>
        <source>Session: %1</source>
        <translation>セッション: %1</translation>
    </message>
    <message>
        <source>Parts of the session %1 could not be restored; the rest is open.</source>
        <translation>セッション %1 の一部を復元できませんでした。残りは開いています。</translation>
    </message>
    <message>
        <source>Saved the session %1</source>
        <translation>セッション %1 を保存しました</translation>
    </message>
    <message>
        <source>(original)</source>
        <translation>（元の状態）</translation>
    </message>
    <message>
        <source>Save Sessio&amp;n…</source>
        <translation>セッションを保存(&amp;N)…</translation>
    </message>
    <message>
        <source>Results of %1: %2</source>
        <translation>%1 の結果: %2</translation>
    </message>
    <message>
        <source>Cannot compare the results of %1</source>
        <translation>%1 の結果を比較できません</translation>
    </message>
    <message>
        <source>Cluster job %1: no results to show</source>
        <translation>クラスタジョブ %1: 表示する結果がありません</translation>
    </message>
    <message>
        <source>Session: transfer function not restored: %1</source>
        <translation>セッション: 伝達関数を復元できませんでした: %1</translation>
    </message>
    <message>
        <source>Reading %1: %2%</source>
        <translation>%1 を読み込み中: %2%</translation>
    </message>
</context>
<context>
    <name>xrs::app::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>環境設定</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>システムの既定</translation>
    </message>
    <message>
        <source>Applies when X-ray Studio starts again</source>
        <translation>X-ray Studio の次回起動時に適用されます</translation>
    </message>
    <message>
        <source>Nearest</source>
        <translation>最近傍</translation>
    </message>
    <message>
        <source>Bicubic</source>
        <translation>バイキュービック</translation>
    </message>
    <message>
        <source>Restore the window size and dock layout at start</source>
        <translation>起動時にウィンドウの大きさとドックの配置を復元する</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Colour map of new panes:</source>
        <translation>新しいペインのカラーマップ(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Automatic range of new panes:</source>
        <translation>新しいペインの自動範囲(&amp;A):</translation>
    </message>
    <message>
        <source>Compute &amp;device:</source>
        <translation>計算デバイス(&amp;D):</translation>
    </message>
    <message>
        <source>Comparison &amp;upscaling:</source>
        <translation>比較の拡大方法(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Recent files listed:</source>
        <translation>最近使ったファイルの表示数(&amp;R):</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>The new language applies when X-ray Studio starts again. Restart now?</source>
        <translation>新しい言語は X-ray Studio の次回起動時に適用されます。今すぐ再起動しますか?</translation>
    </message>
</context>
<context>
    <name>xrs::app::PropertiesDock</name>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
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
        <translation>再構成</translation>
    </message>
    <message>
        <source>Reconstructed (%1)</source>
        <translation>再構成（%1）</translation>
    </message>
    <message>
        <source>Ground truth</source>
        <translation>正解</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差分</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>プロパティ</translation>
    </message>
    <message>
        <source>Click an image to see its properties.</source>
        <translation>画像をクリックするとそのプロパティを表示します。</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>データ</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>ソース:</translation>
    </message>
    <message>
        <source>Dataset:</source>
        <translation>データセット:</translation>
    </message>
    <message>
        <source>Shape:</source>
        <translation>形状:</translation>
    </message>
    <message>
        <source>frames × rows × columns</source>
        <translation>フレーム × 行 × 列</translation>
    </message>
    <message>
        <source>Frame:</source>
        <translation>フレーム:</translation>
    </message>
    <message>
        <source>Data type:</source>
        <translation>データ型:</translation>
    </message>
    <message>
        <source>File range:</source>
        <translation>ファイルの値範囲:</translation>
    </message>
    <message>
        <source>Frame range:</source>
        <translation>フレームの値範囲:</translation>
    </message>
    <message>
        <source>Pixel size:</source>
        <translation>ピクセルサイズ:</translation>
    </message>
    <message>
        <source>Frame memory:</source>
        <translation>フレームのメモリ:</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Colour map:</source>
        <translation>カラーマップ:</translation>
    </message>
    <message>
        <source>Window low:</source>
        <translation>ウィンドウ下限:</translation>
    </message>
    <message>
        <source>Window high:</source>
        <translation>ウィンドウ上限:</translation>
    </message>
    <message>
        <source>Auto Range</source>
        <translation>自動範囲</translation>
    </message>
    <message>
        <source>Window from the 0.35 and 99.65 percentiles of the frame shown</source>
        <translation>表示中のフレームの 0.35 と 99.65 パーセンタイルからウィンドウを設定します</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>メタデータ</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>来歴</translation>
    </message>
    <message>
        <source>No provenance recorded</source>
        <translation>来歴の記録はありません</translation>
    </message>
    <message>
        <source>Comparison: %1</source>
        <translation>比較: %1</translation>
    </message>
    <message>
        <source>XY slice</source>
        <translation>XY 断面</translation>
    </message>
    <message>
        <source>XZ slice</source>
        <translation>XZ 断面</translation>
    </message>
    <message>
        <source>YZ slice</source>
        <translation>YZ 断面</translation>
    </message>
    <message>
        <source>Volume: %1 (%2)</source>
        <translation>ボリューム: %1（%2）</translation>
    </message>
    <message>
        <source>%1 (%2, 0–%3)</source>
        <translation>%1（%2、0–%3）</translation>
    </message>
    <message>
        <source>%1 (0–%2)</source>
        <translation>%1（0–%2）</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>画像</translation>
    </message>
    <message>
        <source>in memory</source>
        <translation>メモリ上</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message numerus="yes">
        <source>%n frames × %1 × %2</source>
        <translation>
            <numerusform>%n フレーム × %1 × %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 × %2 %3 (x × y)</source>
        <translation>%1 × %2 %3（x × y）</translation>
    </message>
    <message>
        <source>%1 (float32)</source>
        <translation>%1（float32）</translation>
    </message>
</context>
<context>
    <name>xrs::app::RecentFiles</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1（見つかりません）</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>最近使ったファイルはありません</translation>
    </message>
    <message>
        <source>&amp;Remove Missing</source>
        <translation>見つからない項目を削除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>消去(&amp;C)</translation>
    </message>
</context>
<context>
    <name>xrs::app::ReconForm</name>
    <message>
        <source>Reconstruct CT</source>
        <translation>CT 再構成</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>スキャン</translation>
    </message>
    <message>
        <source>DXchange HDF5 file, or TIFF projections (file or folder) with flats and darks</source>
        <translation>DXchange HDF5 ファイル、またはフラット・ダーク付きの TIFF 投影（ファイルまたはフォルダー）</translation>
    </message>
    <message>
        <source>Output volume</source>
        <translation>出力ボリューム</translation>
    </message>
    <message>
        <source>Reconstructed volume: .tif or .h5 (written atomically: it appears only when complete)</source>
        <translation>再構成ボリューム: .tif または .h5（アトミックに書き込まれ、完了時にのみ現れます）</translation>
    </message>
    <message>
        <source>Volumes (*.tif *.h5)</source>
        <translation>ボリューム (*.tif *.h5)</translation>
    </message>
    <message>
        <source>Detector rows</source>
        <translation>検出器の行</translation>
    </message>
    <message>
        <source>Rows a:b to reconstruct (end exclusive, unbinned pixels); empty: all rows</source>
        <translation>再構成する行 a:b（終端を含まない、ビニング前のピクセル）。空欄: すべての行</translation>
    </message>
    <message>
        <source>all</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>Find the rotation centre automatically</source>
        <translation>回転中心を自動で求める</translation>
    </message>
    <message>
        <source>Off: use the centre below (try several with “Try centres…”)</source>
        <translation>オフ: 下の中心を使用（「中心を試す…」で複数試せます）</translation>
    </message>
    <message>
        <source>Rotation centre</source>
        <translation>回転中心</translation>
    </message>
    <message>
        <source>Rotation axis in unbinned detector pixels (from the left edge)</source>
        <translation>回転軸（ビニング前の検出器ピクセル、左端から）</translation>
    </message>
    <message>
        <source>Scan range</source>
        <translation>スキャン範囲</translation>
    </message>
    <message>
        <source>180° or 360° (stitched, the axis may be off-centre); auto: from the angles</source>
        <translation>180° または 360°（つなぎ合わせ、回転軸は中心からずれてもよい）。auto: 角度から判定</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>自動</translation>
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
        <translation>フィルター</translation>
    </message>
    <message>
        <source>Filtered backprojection filter</source>
        <translation>フィルター補正逆投影のフィルター</translation>
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
        <translation>コサイン</translation>
    </message>
    <message>
        <source>Hamming</source>
        <translation>ハミング</translation>
    </message>
    <message>
        <source>Hann</source>
        <translation>ハン</translation>
    </message>
    <message>
        <source>Parzen</source>
        <translation>Parzen</translation>
    </message>
    <message>
        <source>Ring removal</source>
        <translation>リング除去</translation>
    </message>
    <message>
        <source>Stripe removal on the sinograms: sorting, Fourier filter, large stripes, or all of them</source>
        <translation>サイノグラムの縞除去: ソート、フーリエフィルター、大きな縞、またはそのすべて</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>sorting (window)</source>
        <translation>ソート（ウィンドウ）</translation>
    </message>
    <message>
        <source>Fourier filter (sigma)</source>
        <translation>フーリエフィルター（シグマ）</translation>
    </message>
    <message>
        <source>large stripes (window)</source>
        <translation>大きな縞（ウィンドウ）</translation>
    </message>
    <message>
        <source>Ring parameter</source>
        <translation>リングパラメーター</translation>
    </message>
    <message>
        <source>Window (odd, ≥ 3) for sorting and large stripes; sigma for the Fourier filter</source>
        <translation>ソートと大きな縞ではウィンドウ（3 以上の奇数）、フーリエフィルターではシグマ</translation>
    </message>
    <message>
        <source>Zinger threshold</source>
        <translation>ジンガーのしきい値</translation>
    </message>
    <message>
        <source>Remove zingers deviating from the 3×3 median by more than this fraction; 0: off</source>
        <translation>3×3 メディアンからこの割合以上外れたジンガーを除去。0: オフ</translation>
    </message>
    <message>
        <source>off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>Binning</source>
        <translation>ビニング</translation>
    </message>
    <message>
        <source>Detector binning (mean of the raw counts)</source>
        <translation>検出器ビニング（生カウントの平均）</translation>
    </message>
    <message>
        <source>Data type</source>
        <translation>データ型</translation>
    </message>
    <message>
        <source>Type of the output values (integers are scaled from the value range)</source>
        <translation>出力値の型（整数型は値の範囲からスケーリング）</translation>
    </message>
    <message>
        <source>Projection storage</source>
        <translation>投影データの保存精度</translation>
    </message>
    <message>
        <source>Precision of the filtered projections in the backprojector: half precision needs half the GPU memory and bandwidth (about 3 significant digits per sample)</source>
        <translation>バックプロジェクタ内のフィルタ済み投影の精度: 半精度では GPU メモリと帯域幅が半分で済みます（1 サンプルあたり有効数字約 3 桁）</translation>
    </message>
    <message>
        <source>float32</source>
        <translation>float32</translation>
    </message>
    <message>
        <source>float16 (half)</source>
        <translation>float16（半精度）</translation>
    </message>
    <message>
        <source>Rows per chunk</source>
        <translation>チャンクあたりの行数</translation>
    </message>
    <message>
        <source>Detector rows reconstructed at a time; auto: from the memory budget</source>
        <translation>一度に再構成する検出器の行数。auto: メモリ予算から決定</translation>
    </message>
    <message>
        <source>Memory budget</source>
        <translation>メモリ予算</translation>
    </message>
    <message>
        <source>Memory for the chunks</source>
        <translation>チャンク用のメモリ</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Try centres</source>
        <translation>中心の試行</translation>
    </message>
    <message>
        <source>Candidate centres from A to B in steps of STEP (unbinned detector pixels)</source>
        <translation>A から B まで STEP 刻みの候補中心（ビニング前の検出器ピクセル）</translation>
    </message>
    <message>
        <source>middle</source>
        <translation>中央</translation>
    </message>
    <message>
        <source>The detector row whose slice is reconstructed for every candidate</source>
        <translation>候補ごとにスライスを再構成する検出器の行</translation>
    </message>
    <message>
        <source>Try Centres…</source>
        <translation>中心を試す…</translation>
    </message>
    <message>
        <source>Reconstruct the row once per candidate centre and show the slices side by side</source>
        <translation>候補中心ごとにその行を再構成し、スライスを並べて表示</translation>
    </message>
    <message>
        <source>Centres</source>
        <translation>中心</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Centre set to %1</source>
        <translation>中心を %1 に設定しました</translation>
    </message>
    <message>
        <source>Reconstruct %1</source>
        <translation>%1 を再構成</translation>
    </message>
    <message>
        <source>Output volume: %1 must end in .tif, .h5 or / (a folder)</source>
        <translation>出力ボリューム: %1 は .tif、.h5 または /（フォルダー）で終わる必要があります</translation>
    </message>
    <message>
        <source>Detector rows: “%1” must look like a:b</source>
        <translation>検出器の行: 「%1」は a:b の形式にしてください</translation>
    </message>
    <message>
        <source>Ring parameter: the window must be an odd whole number ≥ 3</source>
        <translation>リングパラメーター: ウィンドウは 3 以上の奇数の整数にしてください</translation>
    </message>
    <message>
        <source>Centres: “%1” must be A:B:STEP with A ≤ B and STEP &gt; 0</source>
        <translation>中心: 「%1」は A ≤ B かつ STEP &gt; 0 の A:B:STEP 形式にしてください</translation>
    </message>
    <message>
        <source>Centres: at most %1 candidates at a time</source>
        <translation>中心: 一度に最大 %1 個の候補まで</translation>
    </message>
    <message>
        <source>Cannot make a temporary folder: %1</source>
        <translation>一時フォルダーを作成できません: %1</translation>
    </message>
    <message>
        <source>Try centres %1 on %2</source>
        <translation>%2 で中心 %1 を試行</translation>
    </message>
    <message>
        <source>Trying centres %1…</source>
        <translation>中心 %1 を試行中…</translation>
    </message>
    <message>
        <source>Cannot show the try-centre slices: %1</source>
        <translation>中心試行のスライスを表示できません: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n centre(s) tried: click the sharpest slice to use its centre</source>
        <translation>
            <numerusform>%n 個の中心を試行しました: 最も鮮明なスライスをクリックするとその中心を使用します</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>xrs::app::RunForm</name>
    <message>
        <source>Where the computation runs; passed to the engine as --device</source>
        <translation>計算を実行する場所。--device としてエンジンに渡されます</translation>
    </message>
    <message>
        <source>The exact command the job runs (read-only)</source>
        <translation>ジョブが実行する正確なコマンド（読み取り専用）</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>実行</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>コマンドライン</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>%1: nothing given</source>
        <translation>%1: 指定されていません</translation>
    </message>
    <message>
        <source>%1: %2 does not exist</source>
        <translation>%1: %2 が存在しません</translation>
    </message>
    <message>
        <source>Scans (*.h5 *.hdf5 *.hdf *.nxs *.tif *.tiff);;All files (*)</source>
        <translation>スキャン (*.h5 *.hdf5 *.hdf *.nxs *.tif *.tiff);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>スキャン</translation>
    </message>
    <message>
        <source>Flat fields</source>
        <translation>フラット画像</translation>
    </message>
    <message>
        <source>TIFF flat fields, for TIFF projections only</source>
        <translation>TIFF のフラット画像（TIFF 投影の場合のみ）</translation>
    </message>
    <message>
        <source>Dark fields</source>
        <translation>ダーク画像</translation>
    </message>
    <message>
        <source>TIFF dark fields, for TIFF projections only</source>
        <translation>TIFF のダーク画像（TIFF 投影の場合のみ）</translation>
    </message>
</context>
<context>
    <name>xrs::app::RunMenu</name>
    <message>
        <source>&amp;Run</source>
        <translation>実行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Reconstruct CT…</source>
        <translation>CT 再構成(&amp;R)…</translation>
    </message>
    <message>
        <source>Filtered backprojection of a scan, with a try-centre sweep</source>
        <translation>スキャンのフィルター補正逆投影（中心試行付き）</translation>
    </message>
    <message>
        <source>&amp;Fuse (SWIN-XVR)…</source>
        <translation>融合 (SWIN-XVR)(&amp;F)…</translation>
    </message>
    <message>
        <source>HR frames for every LR frame from LR and sparse HR videos</source>
        <translation>LR 動画と疎な HR 動画から、すべての LR フレームに HR フレームを生成</translation>
    </message>
    <message>
        <source>&amp;Denoise (Noise2Inverse)…</source>
        <translation>ノイズ除去 (Noise2Inverse)(&amp;D)…</translation>
    </message>
    <message>
        <source>Self-supervised denoising of a reconstruction (trains, then denoises)</source>
        <translation>再構成の自己教師ありノイズ除去（学習してから除去）</translation>
    </message>
    <message>
        <source>&amp;Train Fusion Model…</source>
        <translation>融合モデルの学習(&amp;T)…</translation>
    </message>
    <message>
        <source>Train SWIN-XVR on an LR video and its ground truth</source>
        <translation>LR 動画とその正解データで SWIN-XVR を学習</translation>
    </message>
    <message>
        <source>Started “%1”: %2</source>
        <translation>「%1」を開始しました: %2</translation>
    </message>
    <message>
        <source>Running “%1” (see the Jobs dock)</source>
        <translation>「%1」を実行中（ジョブドックを参照）</translation>
    </message>
    <message>
        <source>“%1” completed</source>
        <translation>「%1」が完了しました</translation>
    </message>
    <message>
        <source>“%1” %2: %3</source>
        <translation>「%1」%2: %3</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB: shown in a pane; File → Open Volume… shows it in orthogonal slices</source>
        <translation>%1 は %2 MiB を超えるためペインに表示しました。「ファイル → ボリュームを開く…」で直交断面表示できます</translation>
    </message>
    <message>
        <source>Training “%1” finished without a checkpoint</source>
        <translation>学習「%1」はチェックポイントなしで終了しました</translation>
    </message>
    <message>
        <source>Checkpoint of “%1”: %2</source>
        <translation>「%1」のチェックポイント: %2</translation>
    </message>
</context>
<context>
    <name>xrs::app::SubmitDialog</name>
    <message>
        <source>Submit Cluster Job</source>
        <translation>クラスタジョブの投入</translation>
    </message>
    <message>
        <source>Reconstruction</source>
        <translation>再構成</translation>
    </message>
    <message>
        <source>Denoise</source>
        <translation>ノイズ除去</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>学習</translation>
    </message>
    <message>
        <source>Fuse</source>
        <translation>融合</translation>
    </message>
    <message>
        <source>input file(s), separated by ;</source>
        <translation>入力ファイル（; 区切り）</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>further options, e.g. --center 31.5</source>
        <translation>追加オプション（例: --center 31.5）</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>ジョブ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>入力</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>出力</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>オプション</translation>
    </message>
    <message>
        <source>Partition / queue</source>
        <translation>パーティション / キュー</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>ノード数</translation>
    </message>
    <message>
        <source>GPUs per node</source>
        <translation>ノードあたりのGPU数</translation>
    </message>
    <message>
        <source>CPUs per task</source>
        <translation>タスクあたりのCPU数</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>メモリ</translation>
    </message>
    <message>
        <source>Wall time</source>
        <translation>実行時間上限</translation>
    </message>
    <message>
        <source>Array tasks</source>
        <translation>アレイタスク数</translation>
    </message>
    <message>
        <source>Detector rows</source>
        <translation>検出器の行数</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>投入</translation>
    </message>
    <message>
        <source>Job Inputs</source>
        <translation>ジョブの入力</translation>
    </message>
    <message>
        <source>Give the scan to reconstruct.</source>
        <translation>再構成するスキャンを指定してください。</translation>
    </message>
    <message>
        <source>Give the output file.</source>
        <translation>出力ファイルを指定してください。</translation>
    </message>
    <message>
        <source>Give the scan&apos;s detector rows (split over the array tasks).</source>
        <translation>スキャンの検出器の行数を指定してください（アレイタスクに分割されます）。</translation>
    </message>
    <message>
        <source>
# ---- merge job (after all tasks succeed) ----
</source>
        <translation>
# ---- 結合ジョブ（全タスク成功後） ----
</translation>
    </message>
    <message>
        <source>Submitting to %1…</source>
        <translation>%1 に投入中…</translation>
    </message>
    <message>
        <source>Submitted job %1</source>
        <translation>ジョブ %1 を投入しました</translation>
    </message>
</context>
<context>
    <name>xrs::app::TrainForm</name>
    <message>
        <source>Train Fusion Model</source>
        <translation>融合モデルの学習</translation>
    </message>
    <message>
        <source>Stacks (*.tif *.tiff *.h5);;All files (*)</source>
        <translation>スタック (*.tif *.tiff *.h5);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Manifest</source>
        <translation>マニフェスト</translation>
    </message>
    <message>
        <source>manifest.json of xrs synth / xrs sample video (gives the LR and ground-truth videos)</source>
        <translation>xrs synth / xrs sample video の manifest.json（LR と正解データの動画を指定）</translation>
    </message>
    <message>
        <source>Manifests (*.json);;All files (*)</source>
        <translation>マニフェスト (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>LR stack</source>
        <translation>LR スタック</translation>
    </message>
    <message>
        <source>Without a manifest: LR frames in [0, 1]</source>
        <translation>マニフェストなしの場合: [0, 1] の LR フレーム</translation>
    </message>
    <message>
        <source>Ground truth</source>
        <translation>正解データ</translation>
    </message>
    <message>
        <source>Without a manifest: ground-truth frames (4× the LR size) in [0, 1]</source>
        <translation>マニフェストなしの場合: [0, 1] の正解フレーム（LR の 4 倍のサイズ）</translation>
    </message>
    <message>
        <source>Config JSON</source>
        <translation>設定 JSON</translation>
    </message>
    <message>
        <source>JSON file with any training options; the fields here override it only where changed</source>
        <translation>任意の学習オプションを含む JSON ファイル。ここの項目は変更した場合のみ上書きします</translation>
    </message>
    <message>
        <source>JSON (*.json);;All files (*)</source>
        <translation>JSON (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Checkpoint folder</source>
        <translation>チェックポイントフォルダー</translation>
    </message>
    <message>
        <source>Where checkpoints (net_g_*.pth) and the training log go</source>
        <translation>チェックポイント (net_g_*.pth) と学習ログの保存先</translation>
    </message>
    <message>
        <source>Resume the run in this folder</source>
        <translation>このフォルダーの実行を再開</translation>
    </message>
    <message>
        <source>On: continue from the folder&apos;s last checkpoint. Off: the folder must be new or empty</source>
        <translation>オン: フォルダーの最後のチェックポイントから続行。オフ: フォルダーは新規または空である必要があります</translation>
    </message>
    <message>
        <source>Fine-tune from</source>
        <translation>ファインチューニング元</translation>
    </message>
    <message>
        <source>Start from the weights of this checkpoint (net_g_*.pth); empty: random initialisation</source>
        <translation>このチェックポイント (net_g_*.pth) の重みから開始。空欄: ランダム初期化</translation>
    </message>
    <message>
        <source>Checkpoints (*.pth);;All files (*)</source>
        <translation>チェックポイント (*.pth);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Model preset</source>
        <translation>モデルのプリセット</translation>
    </message>
    <message>
        <source>Network size</source>
        <translation>ネットワークの規模</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>ベースライン</translation>
    </message>
    <message>
        <source>paper</source>
        <translation>論文</translation>
    </message>
    <message>
        <source>LR frames per sample</source>
        <translation>サンプルあたりの LR フレーム数</translation>
    </message>
    <message>
        <source>Neighbouring LR frames per sample</source>
        <translation>サンプルあたりの近傍 LR フレーム数</translation>
    </message>
    <message>
        <source>Iterations</source>
        <translation>反復回数</translation>
    </message>
    <message>
        <source>Total training iterations</source>
        <translation>学習の総反復回数</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>バッチ</translation>
    </message>
    <message>
        <source>Samples per iteration (and rank)</source>
        <translation>反復（およびランク）あたりのサンプル数</translation>
    </message>
    <message>
        <source>HR crop</source>
        <translation>HR 切り出しサイズ</translation>
    </message>
    <message>
        <source>HR crop side in pixels (the LR crop is a quarter)</source>
        <translation>HR 切り出しの一辺（ピクセル、LR はその 1/4）</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学習率</translation>
    </message>
    <message>
        <source>Adam learning rate</source>
        <translation>Adam の学習率</translation>
    </message>
    <message>
        <source>Validate every</source>
        <translation>検証間隔</translation>
    </message>
    <message>
        <source>Iterations between validations</source>
        <translation>検証間の反復回数</translation>
    </message>
    <message>
        <source>Checkpoint every</source>
        <translation>チェックポイント間隔</translation>
    </message>
    <message>
        <source>Iterations between checkpoints</source>
        <translation>チェックポイント間の反復回数</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>シード</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>乱数シード</translation>
    </message>
    <message>
        <source>Train on %1</source>
        <translation>%1 で学習</translation>
    </message>
    <message>
        <source>Manifest: give a manifest, or the LR and ground-truth stacks</source>
        <translation>マニフェスト: マニフェスト、または LR と正解データのスタックを指定してください</translation>
    </message>
    <message>
        <source>Ground truth: an LR stack needs its ground truth</source>
        <translation>正解データ: LR スタックには対応する正解データが必要です</translation>
    </message>
    <message>
        <source>Checkpoint folder: %1 already holds files; tick “Resume” to continue that run or choose a new folder</source>
        <translation>チェックポイントフォルダー: %1 には既にファイルがあります。その実行を続けるには「再開」にチェックを入れるか、新しいフォルダーを選んでください</translation>
    </message>
</context>
<context>
    <name>xrs::app::UndoBinder</name>
    <message>
        <source>Change %1</source>
        <translation>%1 の変更</translation>
    </message>
</context>
<context>
    <name>xrs::app::VolumeLoader</name>
    <message>
        <source>Reading %1: %2%</source>
        <translation>%1 を読み込み中: %2%</translation>
    </message>
</context>
<context>
    <name>xrs::remote::Job</name>
    <message>
        <source>queued</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>タイムアウト</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
</context>
<context>
    <name>xrs::remote::LocalRunner</name>
    <message>
        <source>cancelled before it started</source>
        <translation>開始前に中止されました</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>中止されました</translation>
    </message>
    <message>
        <source>stopped after the time limit of %1 s</source>
        <translation>制限時間 %1 秒を超えたため停止しました</translation>
    </message>
    <message>
        <source>%1 crashed (signal %2)</source>
        <translation>%1 がクラッシュしました（シグナル %2）</translation>
    </message>
    <message>
        <source>exited with code %1</source>
        <translation>終了コード %1 で終了しました</translation>
    </message>
    <message>
        <source>expected output missing: %1</source>
        <translation>出力ファイルがありません: %1</translation>
    </message>
    <message>
        <source>could not start %1: %2</source>
        <translation>%1 を開始できませんでした: %2</translation>
    </message>
</context>
<context>
    <name>xrs::widgets::Colormap</name>
    <message>
        <source>Grey</source>
        <translation>グレー</translation>
    </message>
    <message>
        <source>Inverted grey</source>
        <translation>反転グレー</translation>
    </message>
</context>
<context>
    <name>xrs::widgets::ComparisonView</name>
    <message>
        <source>LR</source>
        <translation>LR（低解像度）</translation>
    </message>
    <message>
        <source>HR</source>
        <translation>HR（高解像度）</translation>
    </message>
    <message>
        <source>Reconstructed</source>
        <translation>再構成</translation>
    </message>
    <message>
        <source>Reconstructed (%1)</source>
        <translation>再構成（%1）</translation>
    </message>
    <message>
        <source>Ground truth</source>
        <translation>正解</translation>
    </message>
    <message>
        <source>|Reconstructed − ground truth|</source>
        <translation>|再構成 − 正解|</translation>
    </message>
    <message>
        <source>First frame (Home)</source>
        <translation>最初のフレーム（Home）</translation>
    </message>
    <message>
        <source>Previous frame (←)</source>
        <translation>前のフレーム（←）</translation>
    </message>
    <message>
        <source>Play / pause (Space)</source>
        <translation>再生 / 一時停止（Space）</translation>
    </message>
    <message>
        <source>Next frame (→)</source>
        <translation>次のフレーム（→）</translation>
    </message>
    <message>
        <source>Last frame (End)</source>
        <translation>最後のフレーム（End）</translation>
    </message>
    <message>
        <source>Frame</source>
        <translation>フレーム</translation>
    </message>
    <message>
        <source> fps</source>
        <translation> fps</translation>
    </message>
    <message>
        <source>Playback speed (frames per second)</source>
        <translation>再生速度（毎秒フレーム数）</translation>
    </message>
    <message>
        <source>Loop</source>
        <translation>ループ</translation>
    </message>
    <message>
        <source>LR: nearest</source>
        <translation>LR: 最近傍</translation>
    </message>
    <message>
        <source>LR: bicubic</source>
        <translation>LR: バイキュービック</translation>
    </message>
    <message>
        <source>How the LR frames are upscaled to the HR grid (for display only)</source>
        <translation>LR フレームを HR の格子に拡大する方法（表示専用）</translation>
    </message>
    <message>
        <source>Link window/level</source>
        <translation>ウィンドウ/レベルを連動</translation>
    </message>
    <message>
        <source>Colour map of the linked panes</source>
        <translation>連動ペインのカラーマップ</translation>
    </message>
    <message>
        <source>Histogram of the reconstructed frame; drag the limits to change the display range</source>
        <translation>再構成フレームのヒストグラム。境界をドラッグすると表示範囲が変わります</translation>
    </message>
    <message>
        <source>bicubic</source>
        <translation>バイキュービック</translation>
    </message>
    <message>
        <source>nearest</source>
        <translation>最近傍</translation>
    </message>
    <message>
        <source>frame %1 (0–%2), ×%3 %4</source>
        <translation>フレーム %1（0–%2）、×%3 %4</translation>
    </message>
    <message>
        <source>HR frame %1 (0–%2), same time</source>
        <translation>HR フレーム %1（0–%2）、同時刻</translation>
    </message>
    <message>
        <source>HR frame %1 (0–%2), Δt = %3 frames</source>
        <translation>HR フレーム %1（0–%2）、Δt = %3 フレーム</translation>
    </message>
    <message>
        <source>frame %1 (0–%2)</source>
        <translation>フレーム %1（0–%2）</translation>
    </message>
</context>
<context>
    <name>xrs::widgets::DataBrowser</name>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>形状</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>型</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n ページ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n ファイル</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n 項目</numerusform>
        </translation>
    </message>
    <message>
        <source>scalar</source>
        <translation>スカラー</translation>
    </message>
    <message>
        <source>chunks %1</source>
        <translation>チャンク %1</translation>
    </message>
    <message>
        <source>Attributes:</source>
        <translation>属性:</translation>
    </message>
    <message>
        <source>DXchange</source>
        <translation>DXchange</translation>
    </message>
    <message>
        <source>projections: %1</source>
        <translation>投影: %1</translation>
    </message>
    <message>
        <source>flats: %1</source>
        <translation>フラット: %1</translation>
    </message>
    <message>
        <source>darks: %1</source>
        <translation>ダーク: %1</translation>
    </message>
    <message>
        <source>angles: %1</source>
        <translation>角度: %1</translation>
    </message>
    <message>
        <source>HDF5</source>
        <translation>HDF5</translation>
    </message>
    <message>
        <source>watched</source>
        <translation>監視中</translation>
    </message>
    <message>
        <source>Watched folder %1: complete files appear as they arrive</source>
        <translation>監視中のフォルダー %1: 完成したファイルが届いた順に表示されます</translation>
    </message>
    <message numerus="yes">
        <source>watched, %n file(s)</source>
        <translation>
            <numerusform>監視中、%n ファイル</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>開く(&amp;O)</translation>
    </message>
    <message>
        <source>Open in &amp;New Pane</source>
        <translation>新しいペインで開く(&amp;N)</translation>
    </message>
    <message>
        <source>Open as &amp;Volume</source>
        <translation>ボリュームとして開く(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Copy Path</source>
        <translation>パスをコピー(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Remove from List</source>
        <translation>一覧から削除(&amp;R)</translation>
    </message>
</context>
<context>
    <name>xrs::widgets::Histogram</name>
    <message>
        <source>Min–max</source>
        <translation>最小–最大</translation>
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
        <translation>自動</translation>
    </message>
    <message>
        <source>Automatic display range</source>
        <translation>表示範囲の自動設定</translation>
    </message>
</context>
<context>
    <name>xrs::widgets::ImageView</name>
    <message>
        <source>Frame</source>
        <translation>フレーム</translation>
    </message>
    <message>
        <source>cannot show frame %1: %2</source>
        <translation>フレーム %1 を表示できません: %2</translation>
    </message>
    <message>
        <source>no image</source>
        <translation>画像なし</translation>
    </message>
    <message>
        <source>(%1, %2) = %3</source>
        <translation>(%1, %2) = %3</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>移動</translation>
    </message>
    <message>
        <source>Drag to pan, wheel to zoom, right drag for window/level</source>
        <translation>ドラッグで移動、ホイールでズーム、右ドラッグでウィンドウ/レベル</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>プロファイル</translation>
    </message>
    <message>
        <source>Drag a line to plot the values along it</source>
        <translation>線をドラッグすると、その線に沿った値をプロットします</translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation>矩形</translation>
    </message>
    <message>
        <source>Drag a rectangle to get the statistics of its pixels</source>
        <translation>矩形をドラッグすると、その画素の統計を表示します</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>消去</translation>
    </message>
    <message>
        <source>Remove the measured line and rectangle</source>
        <translation>計測した線と矩形を消去します</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>全体表示</translation>
    </message>
    <message>
        <source>Fit the image into the view (R)</source>
        <translation>画像をビューに合わせます（R）</translation>
    </message>
    <message>
        <source>1:1</source>
        <translation>1:1</translation>
    </message>
    <message>
        <source>One image pixel per screen pixel</source>
        <translation>画像の 1 画素を画面の 1 画素で表示します</translation>
    </message>
    <message>
        <source>Colour map</source>
        <translation>カラーマップ</translation>
    </message>
    <message>
        <source>Histogram</source>
        <translation>ヒストグラム</translation>
    </message>
    <message>
        <source>Show the histogram with the display range</source>
        <translation>表示範囲付きのヒストグラムを表示します</translation>
    </message>
    <message>
        <source>profile: %1 px, %2 samples</source>
        <translation>プロファイル: %1 px、%2 サンプル</translation>
    </message>
    <message>
        <source>rectangle %1×%2 at (%3, %4)</source>
        <translation>矩形 %1×%2（位置 %3, %4）</translation>
    </message>
    <message>
        <source>mean %1, std %2, min %3, max %4, %5 pixels</source>
        <translation>平均 %1、標準偏差 %2、最小 %3、最大 %4、%5 画素</translation>
    </message>
    <message>
        <source>no pixels</source>
        <translation>画素なし</translation>
    </message>
    <message>
        <source>frame %1 (0–%2)</source>
        <translation>フレーム %1（0–%2）</translation>
    </message>
</context>
<context>
    <name>xrs::widgets::MetricPlot</name>
    <message>
        <source>Metric to plot</source>
        <translation>プロットする指標</translation>
    </message>
    <message>
        <source>frame</source>
        <translation>フレーム</translation>
    </message>
    <message>
        <source>Click a point to show that frame</source>
        <translation>点をクリックすると、そのフレームを表示します</translation>
    </message>
    <message>
        <source>Per-frame metric:</source>
        <translation>フレームごとの指標:</translation>
    </message>
    <message>
        <source>current frame</source>
        <translation>現在のフレーム</translation>
    </message>
</context>
<context>
    <name>xrs::widgets::MetricReport</name>
    <message>
        <source>PSNR (dB)</source>
        <translation>PSNR（dB）</translation>
    </message>
    <message>
        <source>AAD</source>
        <translation>AAD（平均絶対差）</translation>
    </message>
    <message>
        <source>MSE</source>
        <translation>MSE（平均二乗誤差）</translation>
    </message>
</context>
<context>
    <name>xrs::widgets::OrthoSliceView</name>
    <message>
        <source>Axial (XY)</source>
        <translation>体軸断（XY）</translation>
    </message>
    <message>
        <source>Coronal (XZ)</source>
        <translation>冠状断（XZ）</translation>
    </message>
    <message>
        <source>Sagittal (YZ)</source>
        <translation>矢状断（YZ）</translation>
    </message>
    <message>
        <source>Double-click to move the crosshair there</source>
        <translation>ダブルクリックで十字線をその位置に移動します</translation>
    </message>
    <message>
        <source>Axial (XY), z = %1</source>
        <translation>体軸断（XY）、z = %1</translation>
    </message>
    <message>
        <source>Coronal (XZ), y = %1</source>
        <translation>冠状断（XZ）、y = %1</translation>
    </message>
    <message>
        <source>Sagittal (YZ), x = %1</source>
        <translation>矢状断（YZ）、x = %1</translation>
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
        <translation>距離（px）</translation>
    </message>
    <message>
        <source>distance (%1)</source>
        <translation>距離（%1）</translation>
    </message>
</context>
<context>
    <name>xrs::widgets::TransferFunction</name>
    <message>
        <source>Grey ramp</source>
        <translation>グレーランプ</translation>
    </message>
    <message>
        <source>MIP (maximum intensity)</source>
        <translation>MIP（最大値投影）</translation>
    </message>
    <message>
        <source>Bone / dense</source>
        <translation>骨 / 高密度</translation>
    </message>
    <message>
        <source>Soft tissue / low density</source>
        <translation>軟部組織 / 低密度</translation>
    </message>
    <message>
        <source>Isosurface-like</source>
        <translation>等値面風</translation>
    </message>
    <message>
        <source>Slice window/level</source>
        <translation>断面のウィンドウ/レベル</translation>
    </message>
</context>
<context>
    <name>xrs::widgets::TryCenterStrip</name>
    <message>
        <source>centre %1</source>
        <translation>中心 %1</translation>
    </message>
    <message>
        <source>Click to use centre %1</source>
        <translation>クリックすると中心 %1 を使用します</translation>
    </message>
    <message>
        <source>%1 (chosen)</source>
        <translation>%1（選択中）</translation>
    </message>
</context>
<context>
    <name>xrs::widgets::VolumeView</name>
    <message>
        <source>Drag to rotate, wheel to zoom, Ctrl+click on a slice plane to move the crosshair there</source>
        <translation>ドラッグで回転、ホイールでズーム、断面上で Ctrl+クリックすると十字線をそこへ移動します</translation>
    </message>
    <message>
        <source>How values become colour and opacity in 3D</source>
        <translation>3D で値を色と不透明度に変換する方法</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>不透明度</translation>
    </message>
    <message>
        <source>Scales the opacity of the transfer function</source>
        <translation>伝達関数の不透明度を拡大縮小します</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>レベル</translation>
    </message>
    <message>
        <source>Threshold, step or peak of the preset within the volume&apos;s value range</source>
        <translation>ボリュームの値範囲におけるプリセットのしきい値・段差・ピークの位置</translation>
    </message>
    <message>
        <source>Slices</source>
        <translation>断面</translation>
    </message>
    <message>
        <source>Show the three slice planes at the crosshair</source>
        <translation>十字線の位置に 3 つの断面を表示します</translation>
    </message>
    <message>
        <source>Reset camera</source>
        <translation>カメラをリセット</translation>
    </message>
    <message>
        <source>GPU ray casting</source>
        <translation>GPU レイキャスティング</translation>
    </message>
    <message>
        <source>CPU ray casting</source>
        <translation>CPU レイキャスティング</translation>
    </message>
</context>
</TS>
