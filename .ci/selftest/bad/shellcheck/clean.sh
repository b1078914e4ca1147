#!/bin/bash
rm -rf $1/*
