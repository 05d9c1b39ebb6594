<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ja_JP">
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
        <source>User-interface language (en, ja).</source>
        <translation>ユーザーインターフェースの言語（en、ja）。</translation>
    </message>
    <message>
        <source>--quit-after-ms needs a number of milliseconds</source>
        <translation>--quit-after-ms にはミリ秒数を指定してください</translation>
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
        <source>&amp;Close All Panes</source>
        <translation>すべてのペインを閉じる(&amp;C)</translation>
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
        <source>frame %1/%2</source>
        <translation>フレーム %1/%2</translation>
    </message>
    <message>
        <source>(%1, %2) = %3</source>
        <translation>(%1, %2) = %3</translation>
    </message>
</context>
</TS>