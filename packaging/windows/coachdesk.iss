; Inno Setup 6 recipe: a per-user installer for the one-folder bundle in dist\coachdesk.
; No administrator rights, nothing outside the user's profile:
;   - the programs go to %LOCALAPPDATA%\Programs\coachdesk ({autopf} for a per-user install),
;   - a Start menu entry starts coachdesk-app.exe, the window (no console beside it),
;   - coachdesk.exe, the console program for the command line, sits beside it, and the
;     folder is added to the user's PATH (a task, on by default) so `coachdesk search klant`
;     works in a new terminal.
; Uninstalling removes the programs and the PATH entry; the journal (in the local application
; data folder, see docs/install.md) and its backups stay.
;
; Build the bundle, then (Inno Setup 6.3 or later, for x64compatible):
;   pyinstaller --noconfirm --distpath dist --workpath build\pyinstaller packaging\pyinstaller\coachdesk.spec
;   iscc /DAppVersion=0.1.0 packaging\windows\coachdesk.iss
; On Windows on Arm with an ARM64 Python: iscc /DAppVersion=0.1.0 /DArch=arm64 ...
; The installer lands in dist\coachdesk-<version>-windows-<arch>-setup.exe. Sign it and the two
; programs (signtool) for SmartScreen to trust it; unsigned, SmartScreen warns the first time.
; Not run on this repository's machines (no Windows): .github/workflows/ci.yml builds it.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef Arch
  #define Arch "x64compatible"
#endif
#define Dist "..\..\dist\coachdesk"

[Setup]
; The same id in every version: a new installer updates the old installation.
AppId={{9B4BA0B2-E819-42FA-8361-2E9399DD25AD}
AppName=coachdesk
AppVersion={#AppVersion}
AppPublisher=The coachdesk team
AppComments=A private reflection-coaching journal. Nothing leaves your laptop.
LicenseFile=..\..\LICENSE
PrivilegesRequired=lowest
DefaultDirName={autopf}\coachdesk
DefaultGroupName=coachdesk
DisableProgramGroupPage=yes
ArchitecturesAllowed={#Arch}
ArchitecturesInstallIn64BitMode={#Arch}
MinVersion=10.0.17763
OutputDir=..\..\dist
OutputBaseFilename=coachdesk-{#AppVersion}-windows-{#Arch}-setup
UninstallDisplayIcon={app}\coachdesk-app.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ChangesEnvironment=yes
; A running coachdesk is asked to close (it saves the answer being written) before files change.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "nl"; MessagesFile: "compiler:Languages\Dutch.isl"

[Tasks]
Name: "addtopath"; Description: "Add the coachdesk command line to PATH"; Flags: checkedonce
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; Flags: unchecked

[Files]
Source: "{#Dist}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\coachdesk"; Filename: "{app}\coachdesk-app.exe"; AppUserModelID: "io.github.coachdesk.coachdesk"
Name: "{autodesktop}\coachdesk"; Filename: "{app}\coachdesk-app.exe"; Tasks: desktopicon

[Registry]
Root: HKCU; Subkey: "Environment"; ValueType: expandsz; ValueName: "Path"; \
    ValueData: "{olddata};{app}"; Tasks: addtopath; Check: NeedsAddPath(ExpandConstant('{app}'))

[Run]
Filename: "{app}\coachdesk-app.exe"; Description: "{cm:LaunchProgram,coachdesk}"; \
    Flags: nowait postinstall skipifsilent

[Code]
function NeedsAddPath(Folder: string): Boolean;
var
  Path: string;
begin
  if not RegQueryStringValue(HKCU, 'Environment', 'Path', Path) then
    Path := '';
  Result := Pos(';' + Uppercase(Folder) + ';', ';' + Uppercase(Path) + ';') = 0;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  Path, Folder: string;
  At: Integer;
begin
  if CurUninstallStep <> usPostUninstall then
    exit;
  if not RegQueryStringValue(HKCU, 'Environment', 'Path', Path) then
    exit;
  Folder := ExpandConstant('{app}');
  At := Pos(';' + Uppercase(Folder), Uppercase(Path));
  if At > 0 then
  begin
    Delete(Path, At, Length(Folder) + 1);
    RegWriteExpandStringValue(HKCU, 'Environment', 'Path', Path);
  end;
end;
