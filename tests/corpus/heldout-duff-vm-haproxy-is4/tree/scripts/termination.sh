#!/bin/bash
# Called by the VM's shutdown hook: stop postgres cleanly before the disk goes away.
sudo docker exec -it postgres pg_ctl stop -m smart

echo "Instance is shutting down at $(date)" >> /var/log/shutdown.log

exit 0
