set -ex

# image coordinates on the registry
OWNER=munsonpickles
IMAGE=profile-sts

docker build -t $OWNER/$IMAGE:latest --build-arg APP_VER=beta .
docker push $OWNER/$IMAGE:latest
