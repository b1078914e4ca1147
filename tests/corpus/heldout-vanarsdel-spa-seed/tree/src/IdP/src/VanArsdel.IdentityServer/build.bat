dotnet restore
dotnet build
dotnet publish -o dockerout

docker build -t vanarsdel/identity:0.1 -t gcr.io/vanarsdel-sandbox-7731/vanarsdel-identity:0.26 .

gcloud docker -- push gcr.io/vanarsdel-sandbox-7731/vanarsdel-identity:0.26
